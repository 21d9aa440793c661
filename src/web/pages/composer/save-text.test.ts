import { describe, expect, it } from 'vitest';
import { saveText } from './save-text';

describe('the save line under the editor', () => {
  it('says the draft is saved while it is a draft, and nothing of a draft once sent', () => {
    expect(saveText({ status: 'saved' }, false)).toBe('Draft saved');
    expect(saveText({ status: 'saving' }, false)).toBe('Saving…');
    expect(saveText({ status: 'saved' }, true)).toBe('');
    expect(saveText({ status: 'saving' }, true)).toBe('');
    expect(saveText({ status: 'idle' }, false)).toBe('');
  });

  it('still says when something could not be saved', () => {
    expect(saveText({ status: 'failed', error: new Error('disk full') }, true)).toBe(
      'Not saved: disk full',
    );
  });
});
