import { MAX_IMPORT_BYTES } from '../../core/import-limits';

/**
 * Why a chosen file is too large to import, or null. Checked before the browser reads it: the
 * server would refuse it anyway, after the whole file had been read and sent.
 */
export function importSizeProblem(file: { name: string; size: number }): string | null {
  if (file.size <= MAX_IMPORT_BYTES) return null;
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  return `${file.name} is ${mb(file.size)} MB; one import takes at most ${mb(MAX_IMPORT_BYTES)} MB. Nothing was imported: split it into smaller files.`;
}
