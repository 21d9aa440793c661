import type { Paragraph, Root, Sentence, Word } from 'nlcst';
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

/** A word as nlcst-search compares it: lower case, without apostrophes or hyphens. */
function searchForm(word: Word): string {
  let text = '';
  for (const child of word.children) if ('value' in child) text += child.value;
  return text.toLowerCase().replace(/[’'-]/g, '');
}

/**
 * Keeps the sentences that hold one of `words` (in nlcst-search's form). A plugin that can only
 * report next to such a word gives the same messages on the sentences kept as on the whole
 * message, without walking the rest.
 */
export function sentencesWith(words: Iterable<string>): (sentence: Sentence) => boolean {
  const wanted = new Set([...words].map((w) => w.toLowerCase().replace(/[’'-]/g, '')));
  return (sentence) =>
    sentence.children.some((node) => node.type === 'WordNode' && wanted.has(searchForm(node)));
}

/** The tree with only the sentences `keep` accepts (the nodes themselves, so offsets hold). */
function onlySentences(tree: Root, keep: (sentence: Sentence) => boolean): Root {
  const sentences: Sentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const node of paragraph.children) {
      if (node.type === 'SentenceNode' && keep(node)) sentences.push(node);
    }
  }
  const paragraph: Paragraph = { type: 'ParagraphNode', children: sentences };
  return { type: 'RootNode', children: [paragraph] };
}

/**
 * Runs one retext plugin over the shared tree and returns its messages as spans. The plugin is
 * attached once (when the rule is created); running it is a walk of the tree, of the sentences
 * `only` keeps when given (those the plugin can report in). Runners with the same `key` (same
 * plugin, same options) share one run per document.
 */
export function retextRunner<O>(
  plugin: Plugin<[O?], Root>,
  options: O,
  key: string,
  only?: (sentence: Sentence) => boolean,
) {
  const processor = unified().use(retextEnglish).use(plugin, options).freeze();
  return (doc: CoachDocument): RetextNote[] =>
    doc.memo(`retext:${key}`, () => run(processor, doc, only));
}

/** Runs a frozen processor's plugins over the document's tree; their messages become spans. */
function run(
  processor: { runSync(tree: Root, file: VFile): unknown },
  doc: CoachDocument,
  only: ((sentence: Sentence) => boolean) | undefined,
): RetextNote[] {
  const file = new VFile(doc.masked);
  const tree = treeOf(doc);
  processor.runSync(only ? onlySentences(tree, only) : tree, file);
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
