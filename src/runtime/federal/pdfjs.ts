import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

let loaded: Promise<PdfJs> | null = null;

/** pdf.js's Node build, loaded on first use: most commands never read a PDF. */
export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

/** Where pdf.js finds the metrics of the 14 standard PDF fonts (Helvetica and friends). */
export function standardFontDataUrl(): string {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  return `${pathToFileURL(path.join(root, 'standard_fonts')).pathname}/`;
}
