import { AppError } from '../../core/app-error';
import { keepsOwnData, type Account } from '../../core/team/accounts';
import { findAccount } from '../../storage/repositories/accounts';
import { eraseAccount, eraseWorkspace } from '../../storage/repositories/erasure';
import { scopeRows } from '../../storage/row-scope';
import { inTransaction, type UseCaseDeps } from '../deps';

export interface DeleteOwnDataOptions {
  /** The signed-in seeker, whose workspace `deps` works in. */
  account: Account;
}

/**
 * Deletes a removed seeker's workspace, everything in it and their account, in one
 * transaction: what they leave behind is nothing the organisation can read. Only a seeker an
 * admin has removed may do this; a member's workspace belongs to the organisation's running
 * service until they leave it.
 */
export async function deleteOwnData(
  deps: UseCaseDeps,
  options: DeleteOwnDataOptions,
): Promise<void> {
  const { account } = options;
  if (account.workspaceId === null || account.workspaceId !== deps.workspaceId) {
    throw new AppError('forbidden', 'account: you may delete only your own data', {
      field: 'account',
    });
  }
  const workspaceId = account.workspaceId;
  await inTransaction(deps.db, async (db) => {
    await scopeRows(db, { workspaces: [workspaceId], account: account.id });
    // Read afresh in the transaction: the caller's copy may predate a change.
    const stored = await findAccount(db, account.id);
    if (stored === undefined || !stored.removed || !keepsOwnData(stored)) {
      throw new AppError(
        'conflict',
        'account: only someone removed from the organisation deletes their own data; ask an admin to remove you first',
        { field: 'account' },
      );
    }
    await eraseWorkspace(db, workspaceId);
    await eraseAccount(db, stored);
  });
}
