import { newId } from '../../core/ids';
import { MAX_IMPORT_ROWS, tooManyRowsError } from '../../core/import-limits';
import type { ParsedContacts } from '../../core/portability/contact-rows';
import { planContactImport } from '../../core/portability/contact-import-plan';
import {
  buildReport,
  type FileImportReport,
  type ImportFormat,
} from '../../core/portability/import-report';
import { parseLinkedInConnections } from '../../core/portability/linkedin';
import { parseVCards } from '../../core/portability/vcard';
import { insertInChunks } from '../../storage/bulk';
import {
  fromContact,
  listAllContacts,
  updateContactDetails,
} from '../../storage/repositories/contacts';
import { nowInstant, type UseCaseDeps } from '../deps';
import { readCsvRecords } from './csv-io';
import {
  badRowsError,
  fileProblemError,
  type FileImportOptions,
  writeOrRehearse,
} from './file-import';

async function importParsedContacts(
  deps: UseCaseDeps,
  format: ImportFormat,
  parsed: ParsedContacts,
  { partial = false, dryRun = false }: Omit<FileImportOptions, 'content'>,
): Promise<FileImportReport> {
  if (parsed.problems.length > 0 && !partial) {
    throw badRowsError(parsed.problems, parsed.problems.length + parsed.candidates.length);
  }
  const now = nowInstant(deps);
  return writeOrRehearse(deps, dryRun, async (trx) => {
    const existing = await listAllContacts(trx, deps.workspaceId);
    const plan = planContactImport(existing, parsed, { now, newId: () => newId('con') });
    await insertInChunks(
      trx,
      'contacts',
      plan.creates.map((c) => fromContact(deps.workspaceId, c)),
    );
    for (const contact of plan.updates) {
      await updateContactDetails(trx, deps.workspaceId, contact);
    }
    return buildReport({ format, dryRun, partial }, plan.outcomes);
  });
}

/**
 * Imports LinkedIn's `Connections.csv`: new people are added, people Rebound already has (by
 * LinkedIn profile, email, or name and company) get only what they were missing. One transaction.
 */
export async function importLinkedInConnections(
  deps: UseCaseDeps,
  options: FileImportOptions,
): Promise<FileImportReport> {
  const records = readCsvRecords(options.content);
  if (!records.ok) throw fileProblemError(records.error);
  const parsed = parseLinkedInConnections(records.value);
  if (!parsed.ok) throw fileProblemError(parsed.error);
  return importParsedContacts(deps, 'linkedin', parsed.value, options);
}

/** Imports a .vcf file of vCards 3.0 or 4.0, with the same matching as the LinkedIn import. */
export async function importVCards(
  deps: UseCaseDeps,
  options: FileImportOptions,
): Promise<FileImportReport> {
  const parsed = parseVCards(options.content);
  const cards = parsed.candidates.length + parsed.problems.length;
  if (cards > MAX_IMPORT_ROWS) throw tooManyRowsError('content', 'vCards', MAX_IMPORT_ROWS, cards);
  if (parsed.candidates.length === 0 && parsed.problems.length === 0) {
    throw fileProblemError({
      line: 1,
      label: '',
      field: null,
      message: 'no vCards found (a vCard starts with BEGIN:VCARD)',
    });
  }
  return importParsedContacts(deps, 'vcard', parsed, options);
}
