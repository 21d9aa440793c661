import { sql, type Kysely } from 'kysely';
import type { ColumnKinds, ReboundMigration } from './column-kinds';

// Migrations must not depend on the current Database type, which moves on after they are written.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** The feeds the user follows, with what the scheduled refresh needs to be polite. */
async function createSources(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('feed_sources')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('site_url', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('last_checked_at', t.instant)
    .addColumn('last_success_at', t.instant)
    .addColumn('last_error', 'text')
    .addColumn('failure_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_check_at', t.instant, (c) => c.notNull())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('feed_sources_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('feed_sources_url_unique', ['workspace_id', 'url'])
    .execute();
  await db.schema
    .createIndex('feed_sources_due_idx')
    .on('feed_sources')
    .columns(['workspace_id', 'next_check_at'])
    .execute();
}

/**
 * Articles, one per address. `dated_at` is the publication date or, without one, when it was
 * stored: the order lists and freshness use, kept in a column so an index serves it.
 */
async function createArticles(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('articles')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text')
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('site_name', 'text')
    .addColumn('published_at', t.instant)
    .addColumn('added_at', t.instant, (c) => c.notNull())
    .addColumn('dated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('articles_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('articles_url_unique', ['workspace_id', 'url'])
    .execute();
  await db.schema
    .createIndex('articles_dated_idx')
    .on('articles')
    .columns(['workspace_id', 'dated_at', 'id'])
    .execute();
  await db.schema
    .createIndex('articles_source_idx')
    .on('articles')
    .columns(['workspace_id', 'source_id'])
    .execute();
}

/**
 * Full-text search over title, summary and site. SQLite: an FTS5 index over the table (external
 * content, kept in step by triggers), words stemmed by Porter. PostgreSQL: a generated tsvector
 * with English stemming, the title weighted above the rest, under a GIN index.
 */
async function createArticleSearch(db: AnyDb, t: ColumnKinds) {
  if (t.dialect === 'postgres') {
    await sql`alter table articles add column search tsvector generated always as (
      setweight(to_tsvector('english'::regconfig, title), 'A') ||
      setweight(to_tsvector('english'::regconfig, coalesce(summary, '') || ' ' || coalesce(site_name, '')), 'B')
    ) stored`.execute(db);
    await sql`create index articles_search_idx on articles using gin (search)`.execute(db);
    return;
  }
  await sql`create virtual table articles_fts using fts5(
    title, summary, site_name,
    content='articles', content_rowid='rowid',
    tokenize='porter unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql`create trigger articles_fts_insert after insert on articles begin
    insert into articles_fts(rowid, title, summary, site_name)
    values (new.rowid, new.title, new.summary, new.site_name);
  end`.execute(db);
  await sql`create trigger articles_fts_delete after delete on articles begin
    insert into articles_fts(articles_fts, rowid, title, summary, site_name)
    values ('delete', old.rowid, old.title, old.summary, old.site_name);
  end`.execute(db);
  await sql`create trigger articles_fts_update after update of title, summary, site_name on articles begin
    insert into articles_fts(articles_fts, rowid, title, summary, site_name)
    values ('delete', old.rowid, old.title, old.summary, old.site_name);
    insert into articles_fts(rowid, title, summary, site_name)
    values (new.rowid, new.title, new.summary, new.site_name);
  end`.execute(db);
}

/** Which article went (or is going, in a draft) to whom. */
async function createShares(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('article_shares')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    // No foreign key: a deleted message leaves the record of a sent share behind (see messages).
    .addColumn('message_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('shared_at', t.instant)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('article_shares_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'article_shares_article_fk',
      ['workspace_id', 'article_id'],
      'articles',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'article_shares_contact_fk',
      ['workspace_id', 'contact_id'],
      'contacts',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('article_shares_contact_idx')
    .on('article_shares')
    .columns(['workspace_id', 'contact_id', 'status', 'article_id'])
    .execute();
  await db.schema
    .createIndex('article_shares_message_idx')
    .on('article_shares')
    .columns(['workspace_id', 'message_id'])
    .execute();
  await db.schema
    .createIndex('article_shares_article_idx')
    .on('article_shares')
    .columns(['workspace_id', 'article_id'])
    .execute();
}

/**
 * Reading: the feeds a user follows, the articles they bring (searchable offline), and which
 * article was shared with whom.
 */
export const reading: ReboundMigration = {
  name: '20261208010000_reading',
  async up(db, t) {
    await createSources(db, t);
    await createArticles(db, t);
    await createArticleSearch(db, t);
    await createShares(db, t);
  },
};
