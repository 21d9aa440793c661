import {
  Decoration,
  MatchDecorator,
  ViewPlugin,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';
import type { EditorView } from '@codemirror/view';

/** A starting draft's marked room for the user's own words: `[[Your words: …]]`. */
export const DRAFT_ROOM_PATTERN = /\[\[[^\]\n]{0,400}\]\]/g;

const roomMark = Decoration.mark({ class: 'cm-draft-room' });

const rooms = new MatchDecorator({ regexp: DRAFT_ROOM_PATTERN, decoration: () => roomMark });

/** Shows each room as a highlighted slot, so it is plain what still needs the user's words. */
export const draftRooms = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = rooms.createDeco(view);
    }
    update(update: ViewUpdate) {
      this.decorations = rooms.updateDeco(update, this.decorations);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

/** Where the first room is, to put the cursor there: typing then replaces it. */
export function firstRoom(text: string): { start: number; end: number } | null {
  const match = new RegExp(DRAFT_ROOM_PATTERN.source).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
