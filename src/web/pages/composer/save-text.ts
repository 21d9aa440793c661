import { errorMessage } from '../../api/api-error';
import type { SaveState } from './use-autosave';

/**
 * What the line under the editor says about saving. Once the message is sent it is no longer a
 * draft, so "Draft saved" would be wrong; the sent notice above says what happened instead.
 */
export function saveText(state: SaveState, sent: boolean): string {
  if (state.status === 'failed') return `Not saved: ${errorMessage(state.error)}`;
  if (sent) return '';
  if (state.status === 'saving') return 'Saving…';
  if (state.status === 'saved') return 'Draft saved';
  return '';
}
