import { Alert } from '@mantine/core';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useMemo, useRef, useState } from 'react';
import { CLOSED_STAGES, PIPELINE_STAGES, STAGES, type Stage } from '../../../core/stages';
import { errorMessage } from '../../api/api-error';
import type { Application } from '../../api/applications';
import { useNow } from '../../lib/use-now';
import { CardBody } from './application-card';
import { BoardColumn, type AddedGuard } from './board-column';
import {
  boardAnnouncements,
  boardCollisions,
  boardInstructions,
  columnCoordinates,
  columnId,
  stageOfColumn,
} from './board-keyboard';
import { ClosedFold } from './closed-fold';
import { groupByStage } from './filter-applications';
import { useEdgeScroll } from './use-edge-scroll';
import classes from './board.module.css';

interface BoardProps {
  applications: readonly Application[];
  showClosed: boolean;
  onShowClosed: () => void;
  /** Asked to move an application; a promise that rejects when the server refused. */
  onMove: (application: Application, stage: Stage) => Promise<unknown>;
  /** Counts of closed applications, shown on the fold even when they are filtered out. */
  closedCounts: Record<(typeof CLOSED_STAGES)[number], number>;
  /** An application just added, to bring into view and focus. */
  addedId?: string | null;
}

/** The pipeline as columns by stage, with cards that move by mouse, touch or keyboard. */
export function Board({
  applications,
  showClosed,
  onShowClosed,
  onMove,
  closedCounts,
  addedId = null,
}: BoardProps) {
  const [active, setActive] = useState<Application | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const groups = useMemo(() => groupByStage(applications), [applications]);
  const now = useNow();
  const stages: readonly Stage[] = showClosed ? STAGES : PIPELINE_STAGES;
  const coordinateGetter = useMemo(
    () => columnCoordinates([...stages, ...(showClosed ? [] : CLOSED_STAGES)].map(columnId)),
    [stages, showClosed],
  );

  const [announcements] = useState(boardAnnouncements);
  // The added card takes the view and the focus once, not again after it is moved.
  const shownAdded = useRef<string | null>(null);
  const addedGuard = useMemo<AddedGuard>(
    () => ({
      pending: (id) => shownAdded.current !== id,
      done: (id) => void (shownAdded.current = id),
    }),
    [],
  );
  const boardRef = useRef<HTMLDivElement>(null);
  const edgeScroll = useEdgeScroll();
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 220, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const onDragStart = ({ active: dragged, activatorEvent }: DragStartEvent) => {
    setFailure(null);
    // A keyboard drag scrolls the board itself as it moves between columns.
    if (!(activatorEvent instanceof KeyboardEvent) && boardRef.current) {
      edgeScroll.start(boardRef.current);
    }
    const application = (dragged.data.current as { application?: Application } | undefined)
      ?.application;
    setActive(application ?? null);
  };

  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    setActive(null);
    edgeScroll.stop();
    const application = (dragged.data.current as { application?: Application } | undefined)
      ?.application;
    const stage = stageOfColumn(over?.id);
    if (!application || !stage || stage === application.stage) return;
    onMove(application, stage).catch((error: unknown) =>
      setFailure(`${application.company} could not be moved: ${errorMessage(error)}`),
    );
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setActive(null);
        edgeScroll.stop();
      }}
      accessibility={{ announcements, screenReaderInstructions: boardInstructions }}
      // Pointer drags scroll through useEdgeScroll; the keyboard sensor scrolls by itself.
      autoScroll={false}
    >
      {failure && (
        <Alert color="red" mb="sm" withCloseButton onClose={() => setFailure(null)} role="alert">
          {failure}
        </Alert>
      )}
      <div
        className={classes.board}
        data-board
        data-dragging={active !== null || undefined}
        ref={boardRef}
      >
        {stages.map((stage) => (
          <BoardColumn
            key={stage}
            stage={stage}
            applications={groups[stage]}
            activeId={active?.stage === stage ? active.id : null}
            now={now}
            addedId={groups[stage].some((a) => a.id === addedId) ? addedId : null}
            addedGuard={addedGuard}
          />
        ))}
        {!showClosed && <ClosedFold counts={closedCounts} onOpen={onShowClosed} />}
      </div>
      <DragOverlay dropAnimation={null}>
        {active ? (
          <div className={classes.overlay}>
            <CardBody application={active} now={now} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
