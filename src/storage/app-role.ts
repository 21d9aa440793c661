import { sql, type Kysely } from 'kysely';
import type { Database } from './database';

/** Tables the schema's owner keeps to itself: the record of migrations run. */
const OWNER_ONLY_TABLES = ['rebound_migrations', 'rebound_migrations_lock'];

/** The role a connection works as. */
export async function currentRole(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ role: string }>`select current_user as role`.execute(db);
  return rows[0]?.role ?? '';
}

/**
 * Lets the application's role read and write every table of the schema (row-level security
 * then decides which rows), and nothing else: it owns nothing, so it can neither change the
 * schema nor switch the policies off. Run by the owner after each upgrade, so a table a new
 * migration adds is granted too.
 */
export async function grantAppRole(owner: Kysely<Database>, role: string): Promise<void> {
  await owner.transaction().execute(async (trx) => {
    // Servers starting together would grant at once, and PostgreSQL refuses concurrent changes
    // to one table's privileges ("tuple concurrently updated"): they take turns.
    await sql`select pg_advisory_xact_lock(hashtextextended('rebound/grants', 0))`.execute(trx);
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(trx);
    const schema = sql.id(rows[0]?.schema ?? 'public');
    const grantee = sql.id(role);
    await sql`grant usage on schema ${schema} to ${grantee}`.execute(trx);
    await sql`grant select, insert, update, delete on all tables in schema ${schema} to ${grantee}`.execute(
      trx,
    );
    for (const table of OWNER_ONLY_TABLES) {
      await sql`revoke all on ${sql.id(table)} from ${grantee}`.execute(trx);
    }
  });
}

/**
 * Why a connection's role would get past row-level security, or null when it cannot: a
 * superuser and a role with BYPASSRLS skip it; the owner of a table (or a member of the owning
 * role) can switch it off. `applications` stands in for the schema: a role that cannot read it
 * was not granted, or is looking at another database.
 */
export async function rowSecurityBypass(db: Kysely<Database>): Promise<string | null> {
  // Booleans arrive as 1 and 0 (storage/connect.ts).
  const { rows } = await sql<{
    role: string;
    superuser: number;
    bypass: number;
    owns: string | null;
    reads: number | null;
  }>`
    select r.rolname as role, r.rolsuper as superuser, r.rolbypassrls as bypass,
      (select c.relname from pg_class c
        where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'
          and pg_has_role(current_user, c.relowner, 'MEMBER') limit 1) as owns,
      (select has_table_privilege(c.oid, 'SELECT') from pg_class c
        where c.relnamespace = current_schema()::regnamespace and c.relname = 'applications') as reads
    from pg_roles r where r.rolname = current_user`.execute(db);
  const found = rows[0];
  if (found === undefined) return 'cannot read its own role';
  const { role } = found;
  if (found.superuser === 1)
    return `${role} is a superuser, which row-level security does not bind`;
  if (found.bypass === 1) return `${role} has BYPASSRLS, which skips row-level security`;
  if (found.owns !== null) {
    return `${role} owns ${found.owns} (or is a member of its owner), so it could switch row-level security off`;
  }
  if (found.reads !== 1) {
    return `${role} cannot read Rebound's tables; do DATABASE_URL and DATABASE_OWNER_URL name the same database?`;
  }
  return null;
}
