import type { ImapSettingsInput, ImapSettingsView } from '../core/inbox/imap-settings';
import type { IngestedMessage } from '../use-cases/inbox/ingest-mail';
import type { MailAddress, SmtpSettingsInput, SmtpSettingsView } from '../core/mail/smtp-settings';
import type { ResumeReader, ResumeRenderer } from '../use-cases/federal/federal-ports';
import type { MailTransport, OutgoingMail } from '../use-cases/mail/mail-port';
import type { FeedFetcher } from '../use-cases/reading/fetch-port';
import type { UseCaseDeps } from '../use-cases/deps';

/** What a connection test found. */
export interface MailTestResult {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  /** Where a test email went, when one was asked for. */
  sentTo: string | null;
  message: string;
}

/**
 * Mail through the user's own account. The server's runtime provides it (nodemailer, a settings
 * file); routes only see this interface, so the HTTP layer stays free of Node specifics.
 */
export interface MailService {
  settings(): SmtpSettingsView;
  /** Saves settings to the data folder; refused while the environment provides them. */
  saveSettings(input: SmtpSettingsInput): SmtpSettingsView;
  /** Connects and signs in; with `sendTo`, also sends a short test email there. */
  test(options: { sendTo?: string }): Promise<MailTestResult>;
  /** The transport and sender for sending; a conflict error when no account is set up. */
  sender(): { transport: MailTransport; from: MailAddress };
  /** The configured sender, or null. */
  fromAddress(): MailAddress | null;
  composeEml(mail: OutgoingMail): Promise<Uint8Array<ArrayBuffer>>;
}

export interface BackupInfo {
  /** The file name inside the backups folder. */
  name: string;
  size: number;
  createdAt: string;
  /** Why it was taken: asked for, or automatically before an upgrade or a restore. */
  reason: 'manual' | 'pre-migration' | 'pre-restore';
}

export interface RestoreResult {
  restoredFrom: string;
  /** The copy of the database as it was just before the restore. */
  safetyBackup: BackupInfo | null;
  /** Upgrades applied to the restored database, if it came from an older version. */
  migrated: string[];
}

/** SQLite backups in the data folder; absent on PostgreSQL, where pg_dump does the job. */
export interface BackupService {
  list(): Promise<BackupInfo[]>;
  create(): Promise<BackupInfo>;
  restore(name: string): Promise<RestoreResult>;
}

/** The IMAP account and its sync, provided by the runtime (imapflow, a settings file). */
export interface InboxService {
  imapSettings(): ImapSettingsView;
  saveImapSettings(input: ImapSettingsInput): ImapSettingsView;
  sync(): Promise<ImapSyncResult>;
}

type Awaitable<T> = T | Promise<T>;

/**
 * What the mail routes need of an account: the local `MailService`, or a team workspace's own
 * account, read from the database (so each answer may have to wait).
 */
export interface MailAccountService {
  settings(): Awaitable<SmtpSettingsView>;
  saveSettings(input: SmtpSettingsInput): Awaitable<SmtpSettingsView>;
  test(options: { sendTo?: string }): Promise<MailTestResult>;
  sender(): Awaitable<{ transport: MailTransport; from: MailAddress }>;
  fromAddress(): Awaitable<MailAddress | null>;
  composeEml(mail: OutgoingMail): Promise<Uint8Array<ArrayBuffer>>;
}

/** What the inbox routes need of an IMAP account: the local file's, or a team workspace's. */
export interface InboxAccountService {
  imapSettings(): Awaitable<ImapSettingsView>;
  saveImapSettings(input: ImapSettingsInput): Awaitable<ImapSettingsView>;
  sync(): Promise<ImapSyncResult>;
}

/** A draft to send in the background, as "send now" queues it in a team installation. */
export interface BackgroundSend {
  id: string;
  newThread: boolean;
  taskId?: string;
}

/**
 * A team workspace's own mail: each request's services are made for the workspace the team gate
 * picked, and "send now" goes to the job queue instead of holding the request.
 */
export interface WorkspaceMailServices {
  mail(deps: UseCaseDeps): MailAccountService;
  inbox(deps: UseCaseDeps): InboxAccountService;
  queueSend(deps: UseCaseDeps, send: BackgroundSend): Promise<void>;
}

/** Services the runtime hands to the API. A route whose service is missing says so clearly. */
export interface ApiServices {
  mail?: MailService;
  backups?: BackupService;
  /** The web, for feeds and articles, with the runtime's limits and address policy. */
  fetcher?: FeedFetcher;
  /** Reading résumé files and laying out built ones (pdf.js, mammoth, LibreOffice, PDFKit). */
  federal?: { reader: ResumeReader; renderer: ResumeRenderer };
  inbox?: InboxService;
  /** Team mode: every seeker's own SMTP and IMAP account, and sending on the queue. */
  workspaceMail?: WorkspaceMailServices;
}

export interface ImapSyncResult {
  folders: {
    folder: string;
    uidValidity: string;
    lastUid: number;
    fetched: number;
    reset: boolean;
  }[];
  messages: IngestedMessage[];
}
