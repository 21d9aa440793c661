import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMailtoUrl } from './mailto';
import { newEmailMessageId, replySubject, threadHeadersFor } from './threading';

/** Reads a mailto link back the way RFC 6068 defines it, independently of the builder. */
function parseMailto(url: string) {
  const parsed = new URL(url);
  expect(parsed.protocol).toBe('mailto:');
  const fields = new Map<string, string>();
  for (const pair of parsed.search.slice(1).split('&').filter(Boolean)) {
    const [key = '', value = ''] = pair.split('=');
    fields.set(key, decodeURIComponent(value));
  }
  return {
    to: parsed.pathname.split(',').map(decodeURIComponent),
    subject: fields.get('subject') ?? null,
    body: fields.get('body') ?? null,
    cc: fields.get('cc')?.split(',') ?? [],
  };
}

describe('buildMailtoUrl', () => {
  it('encodes subject and body per RFC 6068: CRLF line breaks, %20 spaces, UTF-8', () => {
    const url = buildMailtoUrl({
      to: ['zoë@example.com'],
      subject: 'Thank you — Data & AI role?',
      body: 'Hi Zoë,\nThanks! 🎉 50% done & more = good\r\nBest,\rAna',
    });
    expect(url).not.toMatch(/[ +]/);
    expect(url).toContain('%0D%0A');
    expect(url).not.toMatch(/%0A(?<!%0D%0A)/);
    expect(parseMailto(url)).toEqual({
      to: ['zoë@example.com'],
      subject: 'Thank you — Data & AI role?',
      body: 'Hi Zoë,\r\nThanks! 🎉 50% done & more = good\r\nBest,\r\nAna',
      cc: [],
    });
  });

  it('round-trips any subject and body', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        (subject, body) => {
          const parsed = parseMailto(buildMailtoUrl({ to: ['a@example.com'], subject, body }));
          expect(parsed.subject).toBe(subject === '' ? null : subject);
          expect(parsed.body).toBe(body === '' ? null : body.replace(/\r\n?|\n/g, '\r\n'));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves out empty fields and lists several recipients', () => {
    expect(buildMailtoUrl({ to: ['a@example.com', 'b@example.com'] })).toBe(
      'mailto:a@example.com,b@example.com',
    );
  });
});

describe('threading', () => {
  it('makes Message-IDs on the sender domain, or a safe fallback', () => {
    const at = new Date('2026-11-26T09:00:00Z');
    expect(newEmailMessageId('ana@Mail.Example.org', at)).toMatch(
      /^<[a-z0-9]+\.[0-9a-f]{20}@mail\.example\.org>$/,
    );
    expect(newEmailMessageId('ana@exämple.org', at)).toMatch(/@rebound\.localhost>$/);
    expect(newEmailMessageId(null, at)).not.toBe(newEmailMessageId(null, at));
  });

  it('answers the parent: In-Reply-To its id, References its chain plus its id', () => {
    expect(
      threadHeadersFor({ emailMessageId: '<b@x>', references: ['<a@x>'], subject: 'Hi' }),
    ).toEqual({
      inReplyTo: '<b@x>',
      references: ['<a@x>', '<b@x>'],
    });
    expect(threadHeadersFor(undefined)).toEqual({ inReplyTo: null, references: [] });
  });

  it('keeps the first and the latest ids of a long chain', () => {
    const chain = Array.from({ length: 30 }, (_, i) => `<${i}@x>`);
    const { references } = threadHeadersFor({
      emailMessageId: '<30@x>',
      references: chain,
      subject: null,
    });
    expect(references).toHaveLength(20);
    expect(references[0]).toBe('<0@x>');
    expect(references.at(-1)).toBe('<30@x>');
  });

  it('answers with "Re:" once, unless a subject was written', () => {
    const parent = { emailMessageId: '<a@x>', references: [], subject: 'Thank you' };
    expect(replySubject(null, parent)).toBe('Re: Thank you');
    expect(replySubject(null, { ...parent, subject: 'RE: Thank you' })).toBe('RE: Thank you');
    expect(replySubject('Checking in', parent)).toBe('Checking in');
  });
});
