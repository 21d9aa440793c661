import {
  Decoration,
  ViewPlugin,
  type DecorationSet,
  type EditorView,
  type ViewUpdate,
} from '@codemirror/view';

const autoDirection = Decoration.line({ attributes: { dir: 'auto' } });

function decorate(view: EditorView): DecorationSet {
  const lines = [];
  for (const { from, to } of view.visibleRanges) {
    for (let at = from; at <= to;) {
      const line = view.state.doc.lineAt(at);
      lines.push(autoDirection.range(line.from));
      at = line.to + 1;
    }
  }
  return Decoration.set(lines, true);
}

/**
 * Each line takes its direction from its own first strong letter (`dir="auto"`), so a paragraph
 * in Arabic or Hebrew is right-aligned and reads right to left beside English ones.
 */
export const lineDirections = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = decorate(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) this.decorations = decorate(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
