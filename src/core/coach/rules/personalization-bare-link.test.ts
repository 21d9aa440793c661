import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../test/coach';
import { checkMessage } from '../check-message';
import { shareDraftText } from '../../reading/share-draft';
import { bareLinkRule } from './personalization-bare-link';

const LINK = 'https://freight.example/posts/bridge-closures';

describe('personalization/bare-link', () => {
  const rule = bareLinkRule();
  it.each([
    [`Hi Marta,\n\n${LINK}\n\nBest,\nAna`],
    [`Hi Marta, thought of you: ${LINK}\n\nBest,\nAna`],
    [LINK],
    [
      `Hi Marta,\n\nI came across “How ports reroute freight when bridges close” and thought you might find it interesting.\n${LINK}\n\nBest,\nAna`,
    ],
    [`Hello,\ncheck out this article www.freight.example/bridge – hope all is well!\nAna`],
  ])('flags a link with no line of the sender’s own: %j', (text) => {
    const [finding] = runRule(rule, text, { kind: 'keep_in_touch' });
    expect(finding?.severity).toBe('warning');
    expect(text.slice(finding?.start, finding?.end)).toMatch(/^(https:\/\/|www\.)/);
  });

  it.each([
    `Hi Marta,\n\nThis made me think of how you rerouted the lorries around the bridge closure in Aarhus: ${LINK}\n\nBest,\nAna`,
    `Hi Marta,\nI read an article on night-shift planning for depots and thought of your rota project. Here it is: ${LINK}\nAna`,
    'Hi Marta, thanks again for the depot tour in Aarhus.',
  ])('accepts %j', (text) => {
    expect(runRule(rule, text, { kind: 'keep_in_touch' })).toEqual([]);
  });

  it('leaves an unfilled draft room to the placeholder rule', () => {
    const text = shareDraftText({
      contactName: 'Marta Jensen',
      article: { title: 'Bridge closures', url: LINK },
    });
    expect(runRule(rule, text, { kind: 'keep_in_touch' })).toEqual([]);
    const { findings } = checkMessage({ kind: 'keep_in_touch', text });
    expect(findings.map((f) => f.rule)).toContain('template/placeholder');
  });

  it('flags the share draft when the room is deleted instead of filled', () => {
    const text = shareDraftText({
      contactName: 'Marta Jensen',
      article: { title: 'Bridge closures', url: LINK },
    }).replace(/\[\[[^\]]*\]\]/, '');
    const { findings } = checkMessage({
      kind: 'keep_in_touch',
      text,
      context: { contactName: 'Marta Jensen' },
    });
    expect(findings.map((f) => f.rule)).toContain('personalization/bare-link');
  });
});
