import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import type { CoachDocument } from './document';

const parser = unified().use(retextEnglish).freeze();

/** The message parsed by retext once, shared by every style rule. */
function treeOf(doc: CoachDocument): Root {
  return doc.memo('retext.tree', () => parser.parse(new VFile(doc.masked)));
}

export interface RetextNote {
  ruleId: string;
  start: number;
  end: number;
  actual: string;
}

/**
 * Runs one retext plugin over the shared tree and returns its messages as spans. The plugin is
 * attached once (when the rule is created); running it is a walk of the tree. Runners with the
 * same `key` (same plugin, same options) share one run per document.
 */
export function retextRunner<O>(plugin: Plugin<[O?], Root>, options: O, key: string) {
  const processor = unified().use(retextEnglish).use(plugin, options).freeze();
  return (doc: CoachDocument): RetextNote[] => doc.memo(`retext:${key}`, () => run(processor, doc));
}

/** Runs a frozen processor's plugins over the document's tree; their messages become spans. */
function run(
  processor: { runSync(tree: Root, file: VFile): unknown },
  doc: CoachDocument,
): RetextNote[] {
  const file = new VFile(doc.masked);
  processor.runSync(treeOf(doc), file);
  const notes: RetextNote[] = [];
  for (const message of file.messages) {
    const place = message.place;
    const start = place && 'start' in place ? place.start.offset : place?.offset;
    const end = place && 'end' in place ? place.end.offset : undefined;
    if (start === undefined || end === undefined) continue;
    notes.push({
      ruleId: message.ruleId ?? '',
      start,
      end,
      actual: typeof message.actual === 'string' ? message.actual : doc.text.slice(start, end),
    });
  }
  return notes;
}
