import { STAGE_LABELS } from '../stages';
import {
  APPLICATION_CSV_COLUMNS,
  EXPORT_FIELDS,
  type ApplicationCsvField,
} from './application-columns';
import type { ApplicationWithHistory } from './application-import-plan';
import { neutralizeCell } from './csv-records';
import { formatStageHistory } from './stage-history';

function cellOf(
  field: ApplicationCsvField,
  { application: a, history }: ApplicationWithHistory,
): string {
  switch (field) {
    case 'id':
      return a.id;
    case 'stage':
      return STAGE_LABELS[a.stage];
    case 'stageAt':
      return a.stageChangedAt;
    case 'currency':
      return a.salaryCurrency ?? '';
    case 'stageHistory':
      return formatStageHistory(history);
    case 'company':
    case 'role':
    case 'link':
    case 'source':
    case 'location':
    case 'notes':
    case 'postingText':
    case 'createdAt':
      return a[field] ?? '';
    case 'salaryMin':
    case 'salaryMax':
      return a[field] === null ? '' : String(a[field]);
    case 'appliedOn':
      return history.find((e) => e.stage === 'applied')?.at ?? '';
    case 'salary':
      return '';
  }
}

/**
 * Applications as the rows of Rebound's CSV layout, header first: one row per application, its
 * stage history in one cell. Every cell a spreadsheet would run as a formula is neutralized.
 */
export function applicationCsvRows(entries: readonly ApplicationWithHistory[]): string[][] {
  const header = EXPORT_FIELDS.map((field) => APPLICATION_CSV_COLUMNS[field].header);
  const rows = entries.map((entry) =>
    EXPORT_FIELDS.map((field) => neutralizeCell(cellOf(field, entry))),
  );
  return [header, ...rows];
}
