import { Parser } from 'htmlparser2';

/** A block of an HTML page: a heading, a paragraph, a list item or a table row. */
export interface HtmlBlock {
  kind: 'heading' | 'paragraph' | 'item' | 'row' | 'term' | 'definition';
  /** 1–6 for headings. */
  level: number;
  text: string;
}

const BLOCK: Record<string, HtmlBlock['kind']> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  p: 'paragraph',
  div: 'paragraph',
  section: 'paragraph',
  li: 'item',
  tr: 'row',
  dt: 'term',
  dd: 'definition',
  blockquote: 'paragraph',
  pre: 'paragraph',
};
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'nav',
  'footer',
  'button',
]);

/**
 * The text of an HTML page as blocks in reading order, with entities decoded and whitespace
 * collapsed; scripts, styles and navigation are left out. Uses htmlparser2, which copes with the
 * broken markup saved pages often have.
 */
export function htmlBlocks(html: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const stack: { kind: HtmlBlock['kind']; level: number; text: string }[] = [];
  let skipping = 0;
  const flush = () => {
    const open = stack.at(-1);
    if (!open) return;
    const text = open.text.replace(/\s+/g, ' ').trim();
    if (text !== '') blocks.push({ kind: open.kind, level: open.level, text });
    open.text = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping += 1;
        if (skipping > 0) return;
        const kind = BLOCK[name];
        if (name === 'br') {
          const open = stack.at(-1);
          if (open) open.text += '\n';
          flush();
          return;
        }
        if (name === 'td' || name === 'th') {
          const open = stack.at(-1);
          if (open && open.text.trim() !== '') open.text += ' | ';
        }
        if (!kind) return;
        flush();
        stack.push({ kind, level: kind === 'heading' ? Number(name.slice(1)) : 0, text: '' });
      },
      ontext(text) {
        if (skipping > 0) return;
        const open = stack.at(-1);
        if (open) open.text += text;
        else if (text.trim() !== '')
          blocks.push({ kind: 'paragraph', level: 0, text: text.replace(/\s+/g, ' ').trim() });
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipping = Math.max(0, skipping - 1);
          return;
        }
        if (skipping > 0 || !BLOCK[name]) return;
        flush();
        stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}

/** Plain text from an HTML fragment (announcement fields often carry tags): one block a line. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  return htmlBlocks(html)
    .map((b) => (b.kind === 'item' ? `• ${b.text}` : b.text))
    .join('\n');
}
