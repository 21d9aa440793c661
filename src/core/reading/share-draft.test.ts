import { describe, expect, it } from 'vitest';
import { SHARE_ROOM, shareDraftText, withArticle } from './share-draft';

const article = { title: 'Bridges and freight', url: 'https://freight.example/bridges' };
const lines = `I came across “Bridges and freight” and thought of you. ${SHARE_ROOM}\n\nhttps://freight.example/bridges`;

describe('withArticle', () => {
  it.each([
    ['', lines],
    ['Hi Marta,', `Hi Marta,\n\n${lines}`],
    [
      'Hi Marta,\n\nHope the move went well.\n\nBest,\nAna',
      `Hi Marta,\n\nHope the move went well.\n\n${lines}\n\nBest,\nAna`,
    ],
    ['Hi Marta,\n\nKind regards', `Hi Marta,\n\n${lines}\n\nKind regards`],
  ])('puts the article before the sign-off: %j', (text, expected) => {
    const result = withArticle(text, article);
    expect(result.text).toBe(expected);
    expect(result.text.slice(result.room.start, result.room.end)).toBe(SHARE_ROOM);
  });
});

describe('shareDraftText', () => {
  it.each([
    ['Helen Cho', 'Hi Helen,'],
    [null, 'Hello,'],
  ])('greets %j', (name, greeting) => {
    const text = shareDraftText({ contactName: name, article });
    expect(text.split('\n')[0]).toBe(greeting);
    expect(text).toContain(article.url);
    expect(text).toContain(SHARE_ROOM);
  });
});
