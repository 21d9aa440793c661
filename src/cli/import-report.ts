import type { FileImportReport, RowOutcomeKind } from '../core/portability/import-report';
import type { Io } from './output';
import { count } from '../core/words';

const SOURCE: Record<FileImportReport['format'], string> = {
  linkedin: 'LinkedIn connections',
  vcard: 'vCards',
  csv: 'CSV',
};
/** Problems and updates are listed in full up to a point; skipped rows are mostly "nothing new". */
const HEADINGS: [RowOutcomeKind, string, number][] = [
  ['invalid', 'Left out (problems):', 20],
  ['updated', 'Updated:', 20],
  ['skipped', 'Skipped:', 5],
];

/** The report as a person reads it: totals, then the rows that need a look, by line. */
export function printImportReport(io: Io, report: FileImportReport): void {
  const totals = `${report.created} created, ${report.updated} updated, ${report.skipped} skipped${report.invalid > 0 ? `, ${report.invalid} left out` : ''}`;
  const lines = [
    `${report.dryRun ? 'Dry run, nothing written — would import' : 'Imported'} ${SOURCE[report.format]}: ${totals} (${count(report.rows, 'row')}).`,
  ];
  for (const [kind, heading, shown] of HEADINGS) {
    const rows = report.outcomes.filter((o) => o.outcome === kind);
    if (rows.length === 0) continue;
    lines.push('', heading);
    for (const row of rows.slice(0, shown)) {
      const label = row.label ? `${row.label} — ` : '';
      lines.push(`  line ${String(row.line).padEnd(6)} ${label}${row.reason ?? ''}`);
    }
    if (rows.length > shown)
      lines.push(`  … and ${rows.length - shown} more; --json lists every row.`);
  }
  io.out(lines.join('\n'));
}
