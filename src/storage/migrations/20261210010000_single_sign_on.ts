import type { Kysely } from 'kysely';
import type { ColumnKinds, ReboundMigration } from './column-kinds';

// Migrations must not depend on the current Database type, which moves on after they are written.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Which account a person at an OpenID Connect provider signs in to: a subject is unique only
 * within its issuer, so the pair is the key. An organisation table, like `accounts`.
 */
async function createSsoIdentities(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('sso_identities')
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('sso_identities_pk', ['issuer', 'subject'])
    .execute();
  await db.schema
    .createIndex('sso_identities_account_idx')
    .on('sso_identities')
    .column('account_id')
    .execute();
}

/**
 * A sign-in started at a provider and not yet finished: the state, nonce and PKCE verifier the
 * answer is checked against, found by the SHA-256 of the secret in the browser's cookie and
 * used once.
 */
async function createSsoAttempts(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('sso_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('expires_at', t.instant, (c) => c.notNull())
    .addColumn('used_at', t.instant)
    .execute();
}

export const singleSignOn: ReboundMigration = {
  name: '20261210010000_single_sign_on',
  async up(db, kinds) {
    await createSsoIdentities(db, kinds);
    await createSsoAttempts(db, kinds);
  },
};
