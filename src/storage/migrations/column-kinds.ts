import { sql, type ColumnDataType, type Expression, type Kysely } from 'kysely';
import type { Dialect } from '../database';

/** Column types that differ by dialect, so each migration is written once for both. */
export interface ColumnKinds {
  dialect: Dialect;
  instant: ColumnDataType;
  day: ColumnDataType;
  json: ColumnDataType;
  bool: ColumnDataType;
  /** A double-precision number (SQLite's REAL is one; PostgreSQL's `real` is not). */
  float: ColumnDataType;
  /** The literal for a boolean default. */
  boolValue(value: boolean): Expression<unknown>;
}

export function columnKinds(dialect: Dialect): ColumnKinds {
  const postgres = dialect === 'postgres';
  return {
    dialect,
    instant: postgres ? 'timestamptz' : 'text',
    day: postgres ? 'date' : 'text',
    json: postgres ? 'jsonb' : 'text',
    bool: postgres ? 'boolean' : 'integer',
    float: postgres ? 'double precision' : 'real',
    boolValue: (value) => (postgres ? sql.lit(value) : sql.lit(value ? 1 : 0)),
  };
}

/** A migration receives the database and the column kinds of its dialect. */
export interface ReboundMigration {
  /** Timestamp-prefixed, e.g. `20261126090000_initial`; migrations run in name order. */
  name: string;
  // Migrations must not depend on the current Database type, which moves on after they are written.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>, kinds: ColumnKinds): Promise<void>;
}
