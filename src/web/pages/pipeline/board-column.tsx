import { Badge, Text } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef } from 'react';
import { STAGE_LABELS, type Stage } from '../../../core/stages';
import { count } from '../../../core/words';
import type { Application } from '../../api/applications';
import { STAGE_COLORS } from '../../lib/stage-style';
import { ApplicationCard } from './application-card';
import { columnId } from './board-keyboard';
import classes from './board.module.css';

/** A card's height plus the gap below it; fixed, so scrolling never has to measure. */
export const ROW_HEIGHT = 92;

interface BoardColumnProps {
  stage: Stage;
  applications: readonly Application[];
  activeId: string | null;
  now: Date;
  /** The application just added, when it is in this column: marked. */
  addedId?: string | null;
  /**
   * Asked to bring the added card into view and focus it, once: a card moved to another column
   * later keeps its mark but takes neither the view nor the focus again.
   */
  addedGuard?: AddedGuard | undefined;
}

/** Remembers whether the added card has had the view and the focus. */
export interface AddedGuard {
  pending(id: string): boolean;
  done(id: string): void;
}

/**
 * One stage's column. Only the cards in view (and a few either side) are in the page, so a
 * column of hundreds scrolls as lightly as one of ten. The card being dragged stays mounted.
 */
export const BoardColumn = memo(function BoardColumn({
  stage,
  applications,
  activeId,
  now,
  addedId = null,
  addedGuard,
}: BoardColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: columnId(stage), data: { stage } });
  const scrollRef = useRef<HTMLDivElement>(null);
  const activeIndex = activeId === null ? -1 : applications.findIndex((a) => a.id === activeId);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && !indexes.includes(activeIndex)) indexes.push(activeIndex);
      return indexes;
    },
    [activeIndex],
  );
  const virtualizer = useVirtualizer({
    count: applications.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    rangeExtractor,
    getItemKey: (index) => applications[index]?.id ?? index,
  });
  const addedIndex = addedId === null ? -1 : applications.findIndex((a) => a.id === addedId);
  const holdsAdded = addedIndex >= 0;
  useEffect(() => {
    if (!holdsAdded || addedId === null || addedGuard?.pending(addedId) === false) return;
    const column = scrollRef.current?.closest('section');
    // The board scrolls sideways to the column (snapping to whole columns), the column down to
    // the card, and the card's link takes the focus so the keyboard starts from it.
    column?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    virtualizer.scrollToIndex(addedIndex, { align: 'auto' });
    const frame = requestAnimationFrame(() => {
      scrollRef.current
        ?.querySelector<HTMLElement>(`[data-application-id="${addedId}"] a`)
        ?.focus({ preventScroll: true });
      addedGuard?.done(addedId);
    });
    return () => cancelAnimationFrame(frame);
    // Once per card added; the virtualizer is stable for the column's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [addedId, holdsAdded]);
  const titleId = `column-title-${stage}`;
  return (
    <section
      ref={setNodeRef}
      className={classes.column}
      data-over={isOver || undefined}
      data-stage={stage}
      aria-labelledby={titleId}
    >
      <header className={classes.columnHeader}>
        <h2 className={classes.columnTitle} id={titleId}>
          {STAGE_LABELS[stage]}
        </h2>
        <Badge
          variant="light"
          color={STAGE_COLORS[stage]}
          aria-label={count(applications.length, 'application')}
        >
          {applications.length}
        </Badge>
      </header>
      <div ref={scrollRef} className={classes.columnScroll} data-column-scroll={stage}>
        {applications.length === 0 ? (
          <Text size="sm" c="dimmed" className={classes.empty}>
            Nothing here yet
          </Text>
        ) : (
          <ul
            className={classes.columnList}
            style={{ height: virtualizer.getTotalSize() }}
            aria-labelledby={titleId}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const application = applications[item.index];
              if (!application) return null;
              return (
                <li
                  key={item.key}
                  className={classes.row}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                  aria-setsize={applications.length}
                  aria-posinset={item.index + 1}
                >
                  <ApplicationCard
                    application={application}
                    now={now}
                    added={application.id === addedId}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
});
