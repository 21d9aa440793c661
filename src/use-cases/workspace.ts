import { findWorkspace, insertWorkspace } from '../storage/repositories/workspaces';
import type { Db } from '../storage/database';
import type { Clock } from './deps';

/** The workspace a single local user works in. */
export const LOCAL_WORKSPACE_ID = 'local';

/** Creates the workspace on first use; a no-op afterwards. */
export async function ensureWorkspace(
  db: Db,
  clock: Clock,
  { id, name }: { id: string; name: string },
): Promise<void> {
  if (await findWorkspace(db, id)) return;
  await insertWorkspace(db, { id, name, now: clock.now().toISOString() });
}
