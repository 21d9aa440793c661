import { describe, expect, it } from 'vitest';
import { runRule, spans } from '../../../../test/coach';
import { contactNameRule } from './accuracy-contact-name';
import { otherCompanyRule } from './accuracy-other-company';

describe('accuracy/other-company', () => {
  const rule = otherCompanyRule();
  it.each([
    ['All the best to the Bellweather Foods team!', 'Bellweather Foods'],
    ['I would love to join bellweather foods one day.', 'bellweather foods'],
    ['Thanks for the tour of Quill Analytics’ offices.', 'Quill Analytics'],
    ['Say hello to the Quill team for me.', 'Quill'],
    ['It was lovely to visit Bellweather Foods Ltd.', 'Bellweather Foods'],
  ])('flags %j', (text, name) => {
    const found = runRule(rule, text);
    expect(found.length).toBe(1);
    expect(spans(text, found)).toEqual([name]);
  });

  it('finds another company whose name has a possessive in it', () => {
    const context = { otherCompanies: ["St Finbarr's General", "Moray Children's Trust"] };
    const text =
      "Thank you for the interview for the post at St Finbarr's General. I would be proud to work for Moray Children's Trust.";
    expect(spans(text, runRule(rule, text, { context }))).toEqual([
      "St Finbarr's General",
      "Moray Children's Trust",
    ]);
  });

  it('finds another company written without the kind of body it is', () => {
    const context = { otherCompanies: ['Medway Vale NHS Trust', 'Harbour Light Group'] };
    const text = 'I enjoyed hearing about Medway Vale’s warfarin clinics and Harbour Light too.';
    const found = runRule(rule, text, { context });
    expect(spans(text, found)).toEqual(['Medway Vale', 'Harbour Light']);
    expect(found[0]?.severity).toBe('error');
    // Unless the name is this company's own, or something the user noted was discussed.
    expect(
      runRule(rule, 'Medway Vale sounds like a good partner.', {
        context: { ...context, facts: ['their shared pharmacy with Medway Vale'] },
      }),
    ).toEqual([]);
    expect(
      runRule(rule, 'Thanks to all at Medway Vale.', {
        context: { company: 'Medway Vale Hospitals', otherCompanies: ['Medway Vale NHS Trust'] },
      }),
    ).toEqual([]);
  });

  it('names the company the message is for and suggests it', () => {
    const [finding] = runRule(rule, 'Good luck to everyone at Quill Analytics.');
    expect(finding?.message).toContain('Halcyon Freight');
    expect(finding?.suggestion).toBe('Halcyon Freight');
  });

  it('is careful with company names that are ordinary words', () => {
    const context = { otherCompanies: ['Target', 'Square', 'Notion'] };
    expect(runRule(rule, 'My target is a planning role by spring.', { context })).toEqual([]);
    expect(runRule(rule, 'We squared the notion of slack time away.', { context })).toEqual([]);
    expect(runRule(rule, 'Square numbers were on the test.', { context })).toEqual([]);
    expect(runRule(rule, 'I also interviewed at Target last year.', { context })).toHaveLength(1);
  });

  it('leaves the writer’s own name in the sign-off alone, however it is spelled', () => {
    const context = { otherCompanies: ['Lidl', 'Quill Analytics'] };
    const signed = 'Thank you for your time today.\n\nBest wishes,\nAna Lidl';
    expect(runRule(rule, signed, { context })).toEqual([]);
    const slip = 'Thank you for your time at Lidl today.\n\nBest wishes,\nAna Lidl';
    expect(spans(slip, runRule(rule, slip, { context }))).toEqual(['Lidl']);
  });

  it('ignores companies that are part of this one or were discussed', () => {
    const context = {
      company: 'Quill Analytics Labs',
      facts: ['their merger with Bellweather Foods'],
    };
    expect(
      runRule(rule, 'Quill Analytics and Bellweather Foods sound like a fine match.', { context }),
    ).toEqual([]);
  });

  it('does not read this company’s legal suffix as another company of that name', () => {
    const context = { company: 'Halcyon Freight Ltd', otherCompanies: ['Ltd', 'Labs'] };
    expect(runRule(rule, 'Thank you to everyone at Halcyon Freight Ltd.', { context })).toEqual([]);
  });
});

describe('accuracy/contact-name', () => {
  const rule = contactNameRule();
  it.each([
    ['Hi Martha,\nThanks.', 'Martha', 'slip'],
    ['Dear Ms Jenson,\nThank you.', 'Jenson', 'slip'],
    ['Hi Owen,\nThanks for the chat.', 'Owen', 'greets Owen'],
    ['Hi Marta,\nIt was great to meet you, Marte.', 'Marte', 'slip'],
    ['hey daniel, thanks for the chat about the depot', 'daniel', 'greets daniel'],
    ['hi marat - thanks!', 'marat', 'slip'],
    ['Dear Ramesh sir,\nThank you.', 'Ramesh', 'greets Ramesh'],
    // A given name alone, or in lower case though it is also a word, still greets someone.
    ['Kate,\nThanks again for the tour.', 'Kate', 'greets Kate'],
    ['hey bill, thanks for the chat.', 'bill', 'greets bill'],
    ['Thanks again for the tour, Jim!', 'Jim', 'greets Jim'],
    // A given name that is also a word ("mark", "grace") alone on the first line.
    ['Grant,\nThanks again for the tour.', 'Grant', 'greets Grant'],
    ['hey grace, thanks for the chat.', 'grace', 'greets grace'],
  ])('flags %j', (text, name, words) => {
    const found = runRule(rule, text);
    expect(spans(text, found)).toEqual([name]);
    expect(found[0]?.message).toContain(words);
    expect(found[0]?.severity).toBe('error');
  });

  it.each([
    'Will do, thanks for the call.',
    'Mark my words, I will be back.',
    'Hope, faith and practice.',
    'Grant me one more question, if I may.',
  ])('reads a word that is also a name as a word when it opens a sentence: %j', (text) => {
    expect(runRule(rule, text)).toEqual([]);
  });

  it('recognises a name from a message to someone else', () => {
    const text = 'Thanks again, Owen.';
    const found = runRule(rule, text, {
      context: { previousMessages: [{ text: 'Hi Owen', to: 'Owen Hart' }] },
    });
    expect(found[0]?.message).toContain('Owen Hart');
  });

  it.each([
    'Hi Marta,\nThanks.',
    'Dear Ms Jensen,\nThanks.',
    'Dear Marta Jensen,\nThanks.',
    'MARTA, thank you.',
    'Honestly, the visit was great.',
    'Admittedly, I was nervous.',
    'Hi team,\nThanks.',
    'hey marta, thanks for the chat',
    'hi mate, thanks',
  ])('accepts %j', (text) => {
    expect(runRule(rule, text)).toEqual([]);
  });

  it.each([
    'Dear Captain,\nThank you.',
    'Dear Capt. Jensen,\nThank you.',
    'Respected Major,\nThank you.',
    'Dear Sister Marta,\nThank you.',
    'Dear Councillor Jensen,\nThank you.',
    'Hi Chief, thanks for the time.',
    'Dear Ato Jensen,\nThank you.',
  ])('reads a rank, office or faith title as a title, not a name: %j', (text) => {
    expect(runRule(rule, text)).toEqual([]);
  });

  it('still checks the name after a rank', () => {
    const text = 'Dear Capt. Olsen,\nThank you.';
    expect(spans(text, runRule(rule, text))).toEqual(['Olsen']);
  });

  it('reads "Dear Ramesh sir" as a greeting to Ramesh, in Indian English courtesy', () => {
    const context = { contactName: 'Ramesh Kumar' };
    expect(runRule(rule, 'Dear Ramesh sir,\nThank you.', { context })).toEqual([]);
    expect(runRule(rule, 'Respected Ramesh Sir,\nThank you.', { context })).toEqual([]);
  });

  it('finds a slip in one of two names greeted, however right the other is', () => {
    const found = runRule(rule, 'Dear Wei Lin,\nThank you.', {
      context: { contactName: 'Wei Ling' },
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.suggestion).toBe('Wei Ling');
    const both = runRule(rule, 'Dear Mary Anne,\nThank you.', {
      context: { contactName: 'Mary Ann Okafor' },
    });
    expect(both[0]?.suggestion).toBe('Mary Ann');
    expect(runRule(rule, 'Dear Wei Ling,', { context: { contactName: 'Wei Ling' } })).toEqual([]);
    // An opener in another language is not a slip for the name it greets.
    expect(runRule(rule, 'Caro Marco,', { context: { contactName: 'Marco Ferri' } })).toEqual([]);
    expect(
      runRule(rule, 'Dear Anna Kowalska,', { context: { contactName: 'Anna Kowalska' } }),
    ).toEqual([]);
  });

  it('accepts accents written or not, and familiar forms', () => {
    expect(runRule(rule, 'Hi Tomasz,', { context: { contactName: 'Tomasz Wójcik' } })).toEqual([]);
    expect(runRule(rule, 'Dear Mr Wojcik,', { context: { contactName: 'Tomasz Wójcik' } })).toEqual(
      [],
    );
    expect(runRule(rule, 'Hi Liz,', { context: { contactName: 'Elizabeth Moore' } })).toEqual([]);
    expect(runRule(rule, 'Hi Alex,', { context: { contactName: 'Alexandra Moore' } })).toEqual([]);
  });
});
