import type { Db } from '../database';
import { readStringList } from './json';

export interface InterestRows {
  /** Applications the person is linked to (or the one asked about). */
  applications: { id: string; company: string; role: string }[];
  /** Interview topics, most recent interview first. */
  topics: { topic: string; company: string }[];
}

/**
 * What suggestions for a person build on: the applications they are linked to (directly or by
 * an interview they were in), and the topics of the interviews they were in. With an
 * application, that application and the topics of its interviews count too.
 */
export async function loadInterestRows(
  db: Db,
  workspaceId: string,
  { contactId, applicationId }: { contactId: string | null; applicationId: string | null },
): Promise<InterestRows> {
  const interviews = db
    .selectFrom('interviews as i')
    .innerJoin('applications as a', (join) =>
      join.onRef('a.workspace_id', '=', 'i.workspace_id').onRef('a.id', '=', 'i.application_id'),
    )
    .select(['i.application_id', 'i.topics', 'i.scheduled_at', 'a.company', 'a.role'])
    .where('i.workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.or([
        ...(contactId === null
          ? []
          : [
              eb(
                'i.id',
                'in',
                eb
                  .selectFrom('interview_contacts')
                  .select('interview_id')
                  .where('workspace_id', '=', workspaceId)
                  .where('contact_id', '=', contactId),
              ),
            ]),
        ...(applicationId === null ? [] : [eb('i.application_id', '=', applicationId)]),
      ]),
    )
    .orderBy('i.scheduled_at', 'desc')
    .orderBy('i.id')
    .limit(50)
    .execute();
  const linked = db
    .selectFrom('applications as a')
    .select(['a.id', 'a.company', 'a.role'])
    .where('a.workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.or([
        ...(contactId === null
          ? []
          : [
              eb(
                'a.id',
                'in',
                eb
                  .selectFrom('application_contacts')
                  .select('application_id')
                  .where('workspace_id', '=', workspaceId)
                  .where('contact_id', '=', contactId),
              ),
            ]),
        ...(applicationId === null ? [] : [eb('a.id', '=', applicationId)]),
      ]),
    )
    .orderBy('a.updated_at', 'desc')
    .limit(20)
    .execute();
  const [interviewRows, applicationRows] = await Promise.all([interviews, linked]);
  const applications = new Map(applicationRows.map((a) => [a.id, a]));
  for (const row of interviewRows) {
    if (!applications.has(row.application_id))
      applications.set(row.application_id, {
        id: row.application_id,
        company: row.company,
        role: row.role,
      });
  }
  return {
    applications: [...applications.values()],
    topics: interviewRows.flatMap((row) =>
      readStringList(row.topics).map((topic) => ({ topic, company: row.company })),
    ),
  };
}
