import type { Insertable, Selectable, Updateable } from 'kysely';
import type { LetterVisibility } from '../../core/wellbeing/letter';
import type { DayColumn, InstantColumn } from './column-types';

export interface LettersTable {
  workspace_id: string;
  id: string;
  application_id: string | null;
  body: string;
  visibility: LetterVisibility;
  created_at: InstantColumn;
  updated_at: InstantColumn;
}
export type LetterRow = Selectable<LettersTable>;
export type NewLetterRow = Insertable<LettersTable>;
export type LetterUpdate = Updateable<LettersTable>;

export interface WinsTable {
  workspace_id: string;
  id: string;
  application_id: string | null;
  text: string;
  happened_on: DayColumn;
  card_id: string | null;
  created_at: InstantColumn;
  updated_at: InstantColumn;
}
export type WinRow = Selectable<WinsTable>;
export type NewWinRow = Insertable<WinsTable>;
export type WinUpdate = Updateable<WinsTable>;
