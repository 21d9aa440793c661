import { parseDocument } from 'htmlparser2';
import { cleanImportedText } from '../text';

type HtmlNode = ReturnType<typeof parseDocument>['children'][number];

/** Elements whose text is never prose a person would read. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head']);

/** Elements that break a line: their text must not run into the next word. */
const BLOCKS = new Set(
  (
    'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 ' +
    'header hr li main nav ol p pre section table td th tr ul'
  ).split(' '),
);

function collectText(nodes: readonly HtmlNode[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push(node.data);
    } else if (node.type === 'tag' || node.type === 'root') {
      if (node.type === 'tag' && HIDDEN.has(node.name)) continue;
      const block = node.type === 'tag' && BLOCKS.has(node.name);
      if (block) out.push(' ');
      collectText(node.children, out);
      if (block) out.push(' ');
    } else if (node.type === 'cdata') {
      collectText(node.children, out);
    }
  }
}

/**
 * The readable text of an HTML fragment (a feed's summary, a page's description), whitespace
 * collapsed. Feeds put HTML, entity-escaped HTML or plain text in the same fields; the parser
 * copes with all three.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  collectText(parseDocument(html, { decodeEntities: true }).children, out);
  return cleanImportedText(out.join('')).replace(/\s+/g, ' ').trim();
}

/** Text cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Plain, short, clean text from a field that may hold HTML; null when nothing is left. */
export function plainText(value: string | undefined | null, max: number): string | null {
  if (value === undefined || value === null) return null;
  const text = /[<&]/.test(value)
    ? htmlToText(value)
    : cleanImportedText(value).replace(/\s+/g, ' ').trim();
  const clipped = clipText(text, max);
  return clipped === '' ? null : clipped;
}
