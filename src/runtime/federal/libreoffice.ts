import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['soffice', 'libreoffice'];
let found: Promise<string | null> | null = null;

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, killSignal: 'SIGKILL' }, (error) =>
      error ? reject(error) : resolve(),
    );
  });
}

/**
 * The LibreOffice program, or null when it is not installed. `REBOUND_SOFFICE` names another
 * one; `REBOUND_SOFFICE=none` turns it off (the page count of a Word file is then estimated).
 */
export function findLibreOffice(): Promise<string | null> {
  if (process.env.REBOUND_SOFFICE === 'none') return Promise.resolve(null);
  found ??= (async () => {
    const chosen = process.env.REBOUND_SOFFICE;
    for (const command of chosen ? [chosen] : CANDIDATES) {
      try {
        await run(command, ['--version'], 30_000);
        return command;
      } catch {
        // Not this one; try the next name.
      }
    }
    return null;
  })();
  return found;
}

/**
 * Renders a Word, RTF or OpenDocument file to PDF with LibreOffice, in a private profile and
 * folder so conversions never share state, and returns the PDF. Null without LibreOffice.
 */
export async function convertToPdf(
  fileName: string,
  bytes: Uint8Array,
): Promise<Uint8Array | null> {
  const soffice = await findLibreOffice();
  if (soffice === null) return null;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rebound-render-'));
  try {
    const extension = path.extname(fileName).toLowerCase() || '.docx';
    const input = path.join(dir, `resume${extension}`);
    await fs.writeFile(input, bytes, { mode: 0o600 });
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      120_000,
    );
    return new Uint8Array(await fs.readFile(path.join(dir, 'resume.pdf')));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
