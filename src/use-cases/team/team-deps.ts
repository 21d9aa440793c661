import type { Db } from '../../storage/database';
import type { Clock } from '../deps';

/** What the organisation's use cases need: the database and the time, but no one workspace. */
export interface TeamDeps {
  db: Db;
  clock: Clock;
}

/** How long sessions last (REBOUND_SESSION_IDLE_MINUTES, REBOUND_SESSION_MAX_HOURS). */
export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}
