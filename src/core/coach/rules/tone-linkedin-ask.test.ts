import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../test/coach';
import { linkedinAskRule } from './tone-linkedin-ask';

const rule = linkedinAskRule();

describe('tone/linkedin-ask', () => {
  it.each([
    'Hi Marta, could you refer me for the planner opening?',
    'Hi Marta, do you know of any openings on your team?',
  ])('notes the ask in %j, as advice only', (text) => {
    const found = runRule(rule, text, { kind: 'linkedin_note' });
    expect(found.map((f) => f.severity)).toEqual(['info']);
  });

  it('leaves a note without an ask alone, and ignores other kinds', () => {
    expect(runRule(rule, 'Hi Marta, glad we met at the depot.', { kind: 'linkedin_note' })).toEqual(
      [],
    );
    expect(runRule(rule, 'Could you refer me?', { kind: 'feedback_request' })).toEqual([]);
  });
});
