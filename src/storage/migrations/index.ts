import type { ReboundMigration } from './column-kinds';
import { initial } from './20261126090000_initial';
import { recovery } from './20261127090000_recovery';
import { portability } from './20261127100000_portability';
import { practiceDeck } from './20261127110000_practice_deck';
import { scheduledSends } from './20261207030000_scheduled_sends';
import { sampleMarks } from './20261207040000_sample_marks';
import { reading } from './20261208010000_reading';
import { federal } from './20261208020000_federal';
import { inbox } from './20261208030000_inbox';
import { lettersAndWins } from './20261208040000_letters_and_wins';
import { team } from './20261209010000_team';
import { calendarFeedLookup } from './20261209010100_calendar_feed_lookup';
import { singleSignOn } from './20261210010000_single_sign_on';
import { emailVerification } from './20261210010100_email_verification';
import { rowLevelSecurity } from './20261210020000_row_level_security';
import { digestSends } from './20261210030000_digest_sends';
import { sharing } from './20261210060000_sharing';
import { caseloadIndexes } from './20261210070000_caseload_indexes';
import { mailAccounts } from './20261211010000_mail_accounts';
import { invitationRevocation } from './20261211020000_invitation_revocation';
import { digestPreferences } from './20261211050000_digest_preferences';

/**
 * Every migration, oldest first. A new migration is added at the end with a later timestamp;
 * `migrations-order.test.ts` fails when one sorts before a migration that already shipped.
 */
export const MIGRATIONS: readonly ReboundMigration[] = [
  initial,
  recovery,
  portability,
  practiceDeck,
  scheduledSends,
  sampleMarks,
  reading,
  federal,
  inbox,
  lettersAndWins,
  team,
  calendarFeedLookup,
  singleSignOn,
  emailVerification,
  rowLevelSecurity,
  digestSends,
  sharing,
  caseloadIndexes,
  mailAccounts,
  invitationRevocation,
  digestPreferences,
];
