import {
  closestCenter,
  pointerWithin,
  rectIntersection,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { STAGE_LABELS, STAGES, type Stage } from '../../../core/stages';
import type { Application } from '../../api/applications';

/** Each board column is a drop target named after its stage. */
export function columnId(stage: Stage): string {
  return `column:${stage}`;
}

export function stageOfColumn(id: UniqueIdentifier | undefined | null): Stage | undefined {
  if (typeof id !== 'string' || !id.startsWith('column:')) return undefined;
  const stage = id.slice('column:'.length);
  return (STAGES as readonly string[]).includes(stage) ? (stage as Stage) : undefined;
}

/**
 * With the keyboard, ← and → move a picked-up card to the previous or next column in the order
 * shown (the folded closed targets included). The card keeps its height, clamped into the column.
 */
export function columnCoordinates(columns: readonly string[]): KeyboardCoordinateGetter {
  return (event, { context, currentCoordinates }) => {
    const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
    if (step === 0) {
      if (event.code === 'ArrowUp' || event.code === 'ArrowDown') event.preventDefault();
      return undefined;
    }
    const activeStage = (context.active?.data.current as { stage?: Stage } | undefined)?.stage;
    const currentId = context.over?.id ?? (activeStage ? columnId(activeStage) : undefined);
    const index = columns.indexOf(String(currentId));
    const nextId = columns[Math.max(0, Math.min(columns.length - 1, index + step))];
    const rect = nextId === undefined ? undefined : context.droppableRects.get(nextId);
    const card = context.collisionRect;
    if (!rect || !card) return undefined;
    event.preventDefault();
    const maxY = Math.max(rect.top, rect.top + rect.height - card.height);
    return {
      x: rect.left + rect.width / 2 - card.width / 2,
      y: Math.min(Math.max(currentCoordinates.y, rect.top), maxY),
    };
  };
}

/**
 * A pointer drops where it points; a keyboard-moved card drops on the column that holds its
 * centre, or the nearest one.
 */
export const boardCollisions: CollisionDetection = (args) => {
  if (args.pointerCoordinates) {
    const within = pointerWithin(args);
    return within.length > 0 ? within : rectIntersection(args);
  }
  const { collisionRect: card } = args;
  const centre = { x: card.left + card.width / 2, y: card.top + card.height / 2 };
  const holding = args.droppableContainers.filter((container) => {
    const rect = args.droppableRects.get(container.id);
    return (
      rect !== undefined &&
      centre.x >= rect.left &&
      centre.x <= rect.left + rect.width &&
      centre.y >= rect.top &&
      centre.y <= rect.top + rect.height
    );
  });
  if (holding.length > 0) return holding.map((c) => ({ id: c.id }));
  return closestCenter(args);
};

function nameOf(active: { data: { current?: unknown } }): string {
  const application = (active.data.current as { application?: Application } | undefined)
    ?.application;
  return application ? `${application.company}, ${application.role}` : 'The application';
}

function stageName(id: UniqueIdentifier | undefined): string {
  const stage = stageOfColumn(id);
  return stage ? STAGE_LABELS[stage] : 'no stage';
}

/**
 * What a screen reader hears while a card is moved. Only a change of column is announced, so
 * the instructions given on pick-up are not cut short by "over its own column".
 */
export function boardAnnouncements(): Announcements {
  let lastOver: UniqueIdentifier | undefined;
  return {
    onDragStart: ({ active }) => {
      const stage = (active.data.current as { stage?: Stage } | undefined)?.stage;
      lastOver = stage ? columnId(stage) : undefined;
      return `Picked up ${nameOf(active)}, in ${stage ? STAGE_LABELS[stage] : 'its stage'}. Use the left and right arrow keys to choose a stage, Space to drop, Escape to cancel.`;
    },
    onDragOver: ({ active, over }) => {
      if (over?.id === lastOver) return undefined;
      lastOver = over?.id;
      return over
        ? `${nameOf(active)} is over ${stageName(over.id)}.`
        : `${nameOf(active)} is not over a stage.`;
    },
    onDragEnd: ({ active, over }) =>
      over
        ? `${nameOf(active)} dropped in ${stageName(over.id)}.`
        : `${nameOf(active)} was dropped outside the board and did not move.`,
    onDragCancel: ({ active }) => `Move cancelled. ${nameOf(active)} stays where it was.`,
  };
}

export const boardInstructions = {
  draggable:
    'To move this application to another stage, press Space, then the left or right arrow keys, then Space again. Escape cancels. Press Enter to open it.',
};
