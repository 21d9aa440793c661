import { newId } from '../../src/core/ids';
import { insertInChunks } from '../../src/storage/bulk';
import { refreshStatistics } from '../../src/storage/connect';
import type { Db } from '../../src/storage/database';
import { buildDemoData } from '../../src/use-cases/demo';
import { writeDemoData } from '../../src/use-cases/demo-write';
import { inTransaction } from '../../src/use-cases/deps';
import { loadRecoverySettings } from '../../src/use-cases/recovery-context';
import { hashPassword } from '../../src/use-cases/team/passwords';

/** Every bench account signs in with this password. */
export const BENCH_PASSWORD = 'harbour lantern quietly';

export interface TeamShape {
  seekers: number;
  coaches: number;
  /** Seekers in the one large caseload, who also keep their regular coach. */
  largeCaseload: number;
}

/** The spec's organisation: 1,000 seekers, 50 coaches, one of them with 200 seekers. */
export const SPEC_SHAPE: TeamShape = { seekers: 1000, coaches: 50, largeCaseload: 200 };

/** What a client needs to act as one seeker: where to go and what to touch. */
export interface SeededSeeker {
  email: string;
  workspaceId: string;
  applicationIds: string[];
  /** Applications with a rejection, whose recovery plan can be read. */
  rejectedIds: string[];
  openStepIds: string[];
}

export interface SeededTeam {
  seekers: SeededSeeker[];
  /** Coach e-mail addresses; the first holds the large caseload. */
  coaches: string[];
  caseloadSizes: { large: number; regularMin: number; regularMax: number };
  rows: Record<string, number>;
}

const seekerEmail = (i: number) => `seeker${String(i).padStart(4, '0')}@bench.example.org`;
const coachEmail = (i: number) => `coach${String(i).padStart(3, '0')}@bench.example.org`;

/**
 * Fills a migrated, empty database with an organisation in one transaction: accounts (one
 * argon2id hash shared by all, since hashing a thousand passwords only measures argon2), a
 * workspace per seeker holding the demo's realistic search (applications, stage history,
 * contacts, interviews, touchpoints, rejections with their plans), and coach assignments.
 * Coach 0 holds the large caseload; coaches 1…n-1 share every seeker round-robin.
 */
export async function seedTeam(db: Db, shape: TeamShape, nowMs: number): Promise<SeededTeam> {
  if (shape.coaches < 2) throw new Error('the team bench needs at least two coaches');
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const now = new Date(nowMs).toISOString();
  const coachIds = Array.from({ length: shape.coaches }, () => newId('acc'));
  const seekers: SeededSeeker[] = [];
  const rows: Record<string, number> = {};
  const count = (table: string, n: number) => (rows[table] = (rows[table] ?? 0) + n);
  await inTransaction(db, async (trx) => {
    const seekerIds = Array.from({ length: shape.seekers }, () => newId('acc'));
    const workspaceIds = seekerIds.map(() => newId('ws'));
    const account = (id: string, email: string, role: string, workspaceId: string | null) => ({
      id,
      email,
      name: email.split('@')[0] ?? email,
      role,
      workspace_id: workspaceId,
      password_hash: passwordHash,
      removed_at: null,
      created_at: now,
      updated_at: now,
    });
    const workspaces = workspaceIds.map((id, i) => ({
      id,
      name: `${seekerEmail(i)}’s job search`,
      settings: '{}',
      created_at: now,
      updated_at: now,
    }));
    await insertInChunks(trx, 'workspaces', workspaces);
    await insertInChunks(trx, 'accounts', [
      ...coachIds.map((id, i) => account(id, coachEmail(i), 'coach', null)),
      ...seekerIds.map((id, i) => account(id, seekerEmail(i), 'seeker', workspaceIds[i] ?? null)),
    ]);
    const assignments = workspaceIds.flatMap((workspace_id, i) => [
      {
        workspace_id,
        coach_id: coachIds[1 + (i % (shape.coaches - 1))] as string,
        created_at: now,
      },
      ...(i < shape.largeCaseload
        ? [{ workspace_id, coach_id: coachIds[0] as string, created_at: now }]
        : []),
    ]);
    await insertInChunks(trx, 'coach_assignments', assignments);
    count('accounts', coachIds.length + seekerIds.length);
    count('coach_assignments', assignments.length);
    const settings = await loadRecoverySettings(trx, workspaceIds[0] as string);
    for (const [i, workspaceId] of workspaceIds.entries()) {
      const data = buildDemoData(nowMs, 1, i + 1, settings);
      await writeDemoData(trx, workspaceId, data);
      for (const [table, list] of Object.entries(data)) count(table, (list as unknown[]).length);
      const rejected = new Set(data.rejections.map((r) => r.applicationId));
      seekers.push({
        email: seekerEmail(i),
        workspaceId,
        applicationIds: data.applications.map((a) => a.id),
        rejectedIds: [...rejected],
        openStepIds: data.tasks.filter((t) => t.status === 'open').map((t) => t.id),
      });
    }
  });
  await refreshStatistics(db);
  const regular = shape.seekers / (shape.coaches - 1);
  return {
    seekers,
    coaches: coachIds.map((_, i) => coachEmail(i)),
    caseloadSizes: {
      large: Math.min(shape.largeCaseload, shape.seekers),
      regularMin: Math.floor(regular),
      regularMax: Math.ceil(regular),
    },
    rows,
  };
}
