import { describe, expect, it } from 'vitest';
import { emlFileName, mailtoHref } from './send-formats';

describe('mailto links', () => {
  it('carry the address, subject and body with CRLF line breaks', () => {
    const href = mailtoHref({
      to: 'helen.cho@acme.example',
      subject: 'Thank you & a question',
      body: 'Hi Helen,\nThanks!',
    });
    expect(href).toBe(
      'mailto:helen.cho@acme.example?subject=Thank%20you%20%26%20a%20question&body=Hi%20Helen%2C%0D%0AThanks!',
    );
  });

  it('work without a recipient', () => {
    expect(mailtoHref({ to: null, subject: null, body: 'Hello' })).toBe('mailto:?body=Hello');
  });
});

describe('.eml file names', () => {
  it('are named after the kind and company', () => {
    expect(emlFileName('feedback_request', 'Zoë & Co.')).toBe('feedback-request-zoe-co.eml');
  });
});
