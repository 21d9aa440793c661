/**
 * What the drivers hand back, made uniform across dialects by the connection setup
 * (see connect.ts): instants and days as ISO text, JSON as text, booleans as 0/1.
 */
export type InstantColumn = string;
export type DayColumn = string;
/** JSON stored as TEXT on SQLite and JSONB on PostgreSQL; always read and written as text. */
export type JsonColumn = string;
/** INTEGER 0/1 on SQLite, BOOLEAN on PostgreSQL; always read and written as 0/1. */
export type BoolColumn = number;
