import { useEffect, useState } from 'react';

/** How close to an edge (px) the pointer must be before the board scrolls, and how fast. */
const EDGE = 56;
const MAX_STEP = 18;

const step = (depth: number) => Math.ceil(MAX_STEP * Math.min(1, depth / EDGE));

export interface EdgeScroller {
  /** A pointer drag began over `board`: follow the pointer until `stop`. */
  start(board: HTMLElement): void;
  stop(): void;
}

/**
 * Scrolls the board sideways, and the column under the pointer up or down, while a card is
 * dragged near their edges. (dnd-kit's own auto-scroll paired the board with a column's size
 * and ran the board to its end as a card crossed into the next column.) The pointer is followed
 * directly, since the drag's own offsets shift as the board scrolls under it.
 */
function createEdgeScroller(): EdgeScroller {
  let board: HTMLElement | null = null;
  let at: { x: number; y: number } | null = null;
  let frame = 0;
  const follow = (event: PointerEvent) => {
    at = { x: event.clientX, y: event.clientY };
  };
  const tick = () => {
    if (!board) return;
    if (at) {
      const { x, y } = at;
      const rect = board.getBoundingClientRect();
      if (x > rect.right - EDGE) board.scrollLeft += step(x - (rect.right - EDGE));
      else if (x < rect.left + EDGE) board.scrollLeft -= step(rect.left + EDGE - x);
      for (const column of board.querySelectorAll<HTMLElement>('[data-column-scroll]')) {
        const box = column.getBoundingClientRect();
        if (x < box.left || x > box.right) continue;
        if (y > box.bottom - EDGE && y < box.bottom + EDGE) {
          column.scrollTop += step(y - (box.bottom - EDGE));
        } else if (y < box.top + EDGE && y > box.top - EDGE) {
          column.scrollTop -= step(box.top + EDGE - y);
        }
      }
    }
    frame = requestAnimationFrame(tick);
  };
  const stop = () => {
    board = null;
    at = null;
    cancelAnimationFrame(frame);
    window.removeEventListener('pointermove', follow, true);
  };
  return {
    start(element) {
      stop();
      board = element;
      window.addEventListener('pointermove', follow, true);
      frame = requestAnimationFrame(tick);
    },
    stop,
  };
}

/** One edge scroller for the board's lifetime, stopped when the board goes. */
export function useEdgeScroll(): EdgeScroller {
  const [scroller] = useState(createEdgeScroller);
  useEffect(() => () => scroller.stop(), [scroller]);
  return scroller;
}
