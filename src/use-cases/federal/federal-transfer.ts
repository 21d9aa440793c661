import type { WorkspaceDocument } from '../../core/workspace-document';
import { insertInChunks, selectWorkspaceRows } from '../../storage/bulk';
import type { Db } from '../../storage/database';
import {
  findFederalProfile,
  fromFederalDetails,
  saveFederalProfile,
  toFederalDetails,
} from '../../storage/repositories/federal';

type FederalDocumentPart = Pick<WorkspaceDocument, 'federalApplications' | 'federalProfile'>;

/** Federal details and the builder's profile as the workspace document holds them. */
export async function exportFederal(db: Db, workspaceId: string): Promise<FederalDocumentPart> {
  const rows = await selectWorkspaceRows(db, 'federal_applications', workspaceId);
  return {
    federalApplications: rows
      .map(toFederalDetails)
      .sort((a, b) =>
        a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0,
      ),
    federalProfile: await findFederalProfile(db, workspaceId),
  };
}

export interface FederalImport {
  document: WorkspaceDocument;
  merge: boolean;
  /** Applications the import added (all of them unless merging). */
  newApplications: ReadonlySet<string>;
  now: string;
}

/**
 * Loads federal details inside the import's transaction: those of the applications it added,
 * and the profile unless merging into a workspace that already has one.
 */
export async function importFederal(
  trx: Db,
  workspaceId: string,
  { document, merge, newApplications, now }: FederalImport,
): Promise<{ federalApplications: number }> {
  const details = document.federalApplications.filter((d) => newApplications.has(d.applicationId));
  await insertInChunks(
    trx,
    'federal_applications',
    details.map((d) => fromFederalDetails(workspaceId, d)),
  );
  if (document.federalProfile !== null) {
    const existing = merge ? await findFederalProfile(trx, workspaceId) : null;
    if (existing === null) await saveFederalProfile(trx, workspaceId, document.federalProfile, now);
  }
  return { federalApplications: details.length };
}
