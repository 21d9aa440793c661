import { AppError } from '../../core/app-error';
import { describeProblem, type RowProblem } from '../../core/portability/import-report';
import type { Db } from '../../storage/database';
import { rehearseInSavepoint } from '../../storage/savepoint';
import { lockForWrite } from '../../storage/write-lock';
import { inTransaction } from '../deps';

/** How any file import runs; the same options in the API and the CLI. */
export interface FileImportOptions {
  /** The file's text. */
  content: string;
  /** Import the good rows and report the bad ones, instead of refusing the whole file. */
  partial?: boolean;
  /** Work everything out and report it, but write nothing. */
  dryRun?: boolean;
}

class Rehearsal<T> extends Error {
  constructor(readonly result: T) {
    super('dry run: rolled back');
  }
}

/**
 * Runs an import's writes in one transaction. A dry run does all the same work, then rolls it
 * back, so its report is exactly what the real import would do.
 *
 * Imports into one workspace take turns: each matches the file against what is stored, so a
 * second import of the same file, sent while the first runs, waits and then finds every row
 * already there instead of adding it again.
 */
export async function writeOrRehearse<T>(
  { db, workspaceId }: { db: Db; workspaceId: string },
  dryRun: boolean,
  work: (trx: Db) => Promise<T>,
): Promise<T> {
  const locked = async (trx: Db) => {
    await lockForWrite(trx, workspaceId, { kind: 'imports' });
    return work(trx);
  };
  if (!dryRun) return inTransaction(db, locked);
  if (db.isTransaction) return rehearseInSavepoint(db, locked);
  try {
    await db.transaction().execute(async (trx) => {
      throw new Rehearsal(await locked(trx));
    });
  } catch (error) {
    if (error instanceof Rehearsal) return error.result as T;
    throw error;
  }
  throw new Error('unreachable: a rehearsal always rolls back');
}

/** The refusal of a file that has a problem the whole file cannot get past. */
export function fileProblemError(problem: RowProblem): AppError {
  return new AppError('validation', describeProblem(problem), { field: `line ${problem.line}` });
}

/**
 * The refusal of a file with bad rows when the user did not ask to skip them: the first problem
 * in full, how many there are, and what to do. Nothing from the file has been written.
 */
export function badRowsError(problems: readonly RowProblem[], rows: number): AppError {
  const first = problems[0] as RowProblem;
  const count =
    problems.length === 1
      ? 'this row has a problem'
      : `${problems.length} of ${rows} rows have problems (the first is shown)`;
  return new AppError(
    'validation',
    `${describeProblem(first)}. Nothing was imported: ${count}. Fix the file, or import only the good rows with the option to skip bad rows; a dry run lists every problem.`,
    { field: `line ${first.line}` },
  );
}
