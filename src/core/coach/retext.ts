import type { Paragraph, Root, Sentence, Word } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import type { CoachDocument } from './document';

const parser = unified().use(retextEnglish).freeze();

/** A piece of the message retext reads on its own: no sentence runs across its edges. */
interface Chunk {
  start: number;
  text: string;
}

/**
 * The message cut where no sentence can run on: after a blank line, or a line ending a sentence.
 * Typing changes one chunk at a time, so the others are read from the caches below.
 */
function chunksOf(doc: CoachDocument): Chunk[] {
  return doc.memo('retext.chunks', () => {
    const chunks: Chunk[] = [];
    const text = doc.masked;
    let start = 0;
    for (const match of text.matchAll(/(?:[.!?:…][)"'’”\]]*[ \t]*|^[ \t]*)\n/gm)) {
      const end = match.index + match[0].length;
      if (end - start > 0) chunks.push({ start, text: text.slice(start, end) });
      start = end;
    }
    if (start < text.length) chunks.push({ start, text: text.slice(start) });
    return chunks;
  });
}

/** A bounded cache, oldest entries out first: a long session must not grow it forever. */
function boundedCache<T>(max: number) {
  const cache = new Map<string, T>();
  return (key: string, compute: () => T): T => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (cache.size >= max) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    cache.set(key, value);
    return value;
  };
}

/** Parsed chunks, shared by every retext rule. */
const parsed = boundedCache<Root>(2_000);
const treeOf = (text: string): Root => parsed(text, () => parser.parse(new VFile(text)));

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
 * Runs one retext plugin and returns its messages as spans. The plugin is attached once (when
 * the rule is created); running it walks the parsed chunks of the message, keeping only the
 * sentences `only` accepts when given (those the plugin can report in). What it found in a chunk
 * is remembered by the chunk's text, so a keystroke re-reads one chunk, not a 10,000-character
 * message. Runners with the same `key` (same plugin, same options) share one run per document.
 */
export function retextRunner<O>(
  plugin: Plugin<[O?], Root>,
  options: O,
  key: string,
  only?: (sentence: Sentence) => boolean,
) {
  const processor = unified().use(retextEnglish).use(plugin, options).freeze();
  const found = boundedCache<RetextNote[]>(2_000);
  return (doc: CoachDocument): RetextNote[] =>
    doc.memo(`retext:${key}`, () =>
      chunksOf(doc).flatMap((chunk) =>
        found(chunk.text, () => run(processor, chunk.text, only)).map((note) => ({
          ...note,
          start: note.start + chunk.start,
          end: note.end + chunk.start,
        })),
      ),
    );
}

/** Runs a frozen processor's plugins over one chunk's tree; their messages become spans in it. */
function run(
  processor: { runSync(tree: Root, file: VFile): unknown },
  text: string,
  only: ((sentence: Sentence) => boolean) | undefined,
): RetextNote[] {
  const file = new VFile(text);
  const tree = treeOf(text);
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
      actual: typeof message.actual === 'string' ? message.actual : text.slice(start, end),
    });
  }
  return notes;
}
