import { describe, expect, it } from 'vitest';
import { splitMailText } from './mbox';

describe('splitMailText', () => {
  it('splits uploaded mbox text at From_ lines and unquotes >From lines once', () => {
    const text = [
      'From a@b Mon Nov 23 10:00:00 2026',
      'Subject: one',
      '',
      '>From the team.',
      '>>From twice.',
      '',
      'From a@b Mon Nov 23 11:00:00 2026',
      'Subject: two',
      '',
      'Body.',
      '',
    ].join('\r\n');
    expect(splitMailText(text)).toEqual([
      'Subject: one\n\nFrom the team.\n>From twice.',
      'Subject: two\n\nBody.',
    ]);
  });

  it('keeps a single message whole and finds nothing in blank text', () => {
    expect(splitMailText('Subject: hi\r\n\r\nFrom here on.\r\n')).toEqual([
      'Subject: hi\r\n\r\nFrom here on.\r\n',
    ]);
    expect(splitMailText('')).toEqual([]);
    expect(splitMailText(' \n\n')).toEqual([]);
    expect(splitMailText('From a@b Mon\n\n')).toEqual([]);
  });
});
