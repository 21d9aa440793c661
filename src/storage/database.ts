import type { Kysely, Transaction } from 'kysely';
import type { ApplicationsTable, StageEventsTable } from './tables/applications';
import type { ApplicationContactsTable, ContactsTable } from './tables/contacts';
import type { FederalApplicationsTable, FederalProfilesTable } from './tables/federal';
import type { InboxMessagesTable, InboxSyncStateTable } from './tables/inbox';
import type { InteractionsTable } from './tables/interactions';
import type { InterviewContactsTable, InterviewsTable } from './tables/interviews';
import type { MessagesTable } from './tables/messages';
import type {
  PracticeCardSourcesTable,
  PracticeCardsTable,
  PracticeReviewsTable,
} from './tables/practice';
import type { ArticleSharesTable, ArticlesTable, FeedSourcesTable } from './tables/reading';
import type { RejectionsTable } from './tables/rejections';
import type {
  SharedDraftsTable,
  SharedReflectionsTable,
  SharingSettingsTable,
} from './tables/sharing';
import type { TasksTable } from './tables/tasks';
import type { LettersTable, WinsTable } from './tables/wellbeing';
import type {
  AccessLogTable,
  AccountsTable,
  CoachAssignmentsTable,
  CoachDraftsTable,
  CoachNotesTable,
  EmailVerificationsTable,
  InvitationsTable,
  PasswordResetsTable,
  RateLimitsTable,
  SessionsTable,
  SsoAttemptsTable,
  SsoIdentitiesTable,
} from './tables/team';
import type { WorkspacesTable } from './tables/workspaces';
import type { DigestPreferencesTable, DigestSendsTable } from './tables/digests';
import type { MailAccountsTable } from './tables/mail-accounts';

/** Every table; each row carries its `workspace_id`, the key a sharded PostgreSQL would use. */
export interface Database {
  workspaces: WorkspacesTable;
  applications: ApplicationsTable;
  stage_events: StageEventsTable;
  interviews: InterviewsTable;
  interview_contacts: InterviewContactsTable;
  contacts: ContactsTable;
  application_contacts: ApplicationContactsTable;
  interactions: InteractionsTable;
  rejections: RejectionsTable;
  tasks: TasksTable;
  messages: MessagesTable;
  practice_cards: PracticeCardsTable;
  practice_card_sources: PracticeCardSourcesTable;
  practice_reviews: PracticeReviewsTable;
  feed_sources: FeedSourcesTable;
  articles: ArticlesTable;
  article_shares: ArticleSharesTable;
  letters: LettersTable;
  wins: WinsTable;
  federal_applications: FederalApplicationsTable;
  federal_profiles: FederalProfilesTable;
  inbox_messages: InboxMessagesTable;
  inbox_sync_state: InboxSyncStateTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  rate_limits: RateLimitsTable;
  coach_assignments: CoachAssignmentsTable;
  access_log: AccessLogTable;
  coach_notes: CoachNotesTable;
  coach_drafts: CoachDraftsTable;
  sso_identities: SsoIdentitiesTable;
  sso_attempts: SsoAttemptsTable;
  email_verifications: EmailVerificationsTable;
  sharing_settings: SharingSettingsTable;
  shared_reflections: SharedReflectionsTable;
  shared_drafts: SharedDraftsTable;
  digest_sends: DigestSendsTable;
  mail_accounts: MailAccountsTable;
  digest_preferences: DigestPreferencesTable;
}

/**
 * Tables that belong to the organisation rather than to one workspace: people, their sessions
 * and invitations, and sign-in limits. Every other table holds one workspace's data, keyed by `workspace_id` (the
 * `workspaces` table by `id`); `workspace-tables.test.ts` holds the schema to that.
 */
export const ORGANISATION_TABLES = [
  'accounts',
  'sessions',
  'invitations',
  'password_resets',
  'rate_limits',
  'sso_identities',
  'sso_attempts',
  'email_verifications',
  'digest_sends',
  'digest_preferences',
] as const satisfies readonly (keyof Database)[];

export type Dialect = 'sqlite' | 'postgres';

/** A database handle or an open transaction: repositories accept either. */
export type Db = Kysely<Database> | Transaction<Database>;
