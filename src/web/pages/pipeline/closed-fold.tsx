import { Text } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { CLOSED_STAGES, STAGE_LABELS, type ClosedStage } from '../../../core/stages';
import { columnId } from './board-keyboard';
import classes from './board.module.css';

function FoldTarget({
  stage,
  count,
  onOpen,
}: {
  stage: ClosedStage;
  count: number;
  onOpen: () => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: columnId(stage), data: { stage } });
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={classes.foldTarget}
      data-over={isOver || undefined}
      data-stage={stage}
      onClick={onOpen}
      aria-label={`${STAGE_LABELS[stage]} ${count}, show closed applications`}
    >
      <span>{STAGE_LABELS[stage]}</span> <span>{count}</span>
    </button>
  );
}

/**
 * Closed applications, folded out of the way: their counts, one click from view, and still
 * somewhere to drop a card when an application ends.
 */
export function ClosedFold({
  counts,
  onOpen,
}: {
  counts: Record<ClosedStage, number>;
  onOpen: () => void;
}) {
  return (
    <section className={classes.fold} aria-labelledby="closed-fold-title">
      <Text component="h2" size="sm" fw={650} id="closed-fold-title" px={4}>
        Closed
      </Text>
      {CLOSED_STAGES.map((stage) => (
        <FoldTarget key={stage} stage={stage} count={counts[stage]} onOpen={onOpen} />
      ))}
      <Text size="xs" c="dimmed" px={4}>
        Folded away so they are not in sight all day. Select one to show them.
      </Text>
    </section>
  );
}
