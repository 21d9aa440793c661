/**
 * Splits mbox text held in memory (an uploaded file) into messages: each starts at a `From `
 * line after a blank line; `>From ` lines lose their quoting `>`. Text that does not start with
 * `From ` is one message (an .eml file).
 */
export function splitMailText(text: string): string[] {
  if (!text.startsWith('From ')) return text.trim() === '' ? [] : [text];
  const messages: string[] = [];
  let current: string[] | null = null;
  let previousBlank = true;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.startsWith('From ') && previousBlank) {
      if (current) messages.push(current.join('\n').trimEnd());
      current = [];
    } else if (current) current.push(/^>+From /.test(line) ? line.slice(1) : line);
    previousBlank = line === '';
  }
  if (current) messages.push(current.join('\n').trimEnd());
  return messages.filter((m) => m !== '');
}
