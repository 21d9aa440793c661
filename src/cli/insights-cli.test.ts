import { beforeAll, describe, expect, it } from 'vitest';
import { reboundOn, tempDataDir } from '../../test/cli';

describe('bin/rebound insights and practice', () => {
  let data: string;
  const { rebound, reboundJson } = reboundOn(() => data);

  beforeAll(async () => {
    data = tempDataDir();
    expect((await rebound('demo')).code).toBe(0);
  });

  it('prints the lessons, funnel, themes, follow-through and practice as text', async () => {
    const { code, stdout, stderr } = await rebound('insights');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const heading of [
      'Lessons',
      '* Most applications end in a no — for everyone',
      'Funnel — how far applications got',
      'By month started',
      'By source',
      'Skills they wanted',
      'Questions that tripped you up',
      'Follow-through — after 8 rejections',
      'Went back after a no',
      'Practice — ',
    ]) {
      expect(stdout).toContain(heading);
    }
  });

  it('prints every insight as JSON with --json', async () => {
    const insights = await reboundJson('insights');
    expect(insights.funnel.overall.applications).toBe(19);
    expect(insights.themes.questions.items.length).toBeGreaterThan(0);
    expect(insights.lessons[0].id).toBe('encouragement');
  });

  it('lists what is due, shows a card, records a round and edits the answer', async () => {
    const all = await reboundJson('practice', '--all');
    expect(all.total).toBeGreaterThan(0);
    const listed = await rebound('practice', '--all');
    expect(listed.stdout).toContain(`${all.total} questions in the deck`);
    const id = all.items[0].id as string;

    const shown = await rebound('practice', 'show', id);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(all.items[0].question);
    expect(shown.stdout).toMatch(/Rate it: again \(.+\) · hard \(.+\) · good \(.+\) · easy \(.+\)/);

    const before = (await reboundJson('practice', 'show', id)).reviews.length;
    const reviewed = await rebound('practice', 'review', id, 'easy');
    expect(reviewed.stdout).toMatch(/^Rated easy\. Next time: \d{4}-\d{2}-\d{2}\.\n$/);
    expect((await reboundJson('practice', 'show', id)).reviews).toHaveLength(before + 1);

    const edited = await reboundJson(
      'practice',
      'edit',
      id,
      '--situation',
      'At Acme',
      '--clear',
      'result',
    );
    expect(edited).toMatchObject({ situation: 'At Acme', result: null });
  });

  it('mentions practice due in today', async () => {
    const page = await reboundJson('practice');
    const today = await rebound('today');
    if (page.due > 0) expect(today.stdout).toContain('Practice: ');
    expect((await reboundJson('today')).practice.due).toBe(page.due);
  });

  it.each([
    [['practice', 'review', 'crd_missing00', 'good'], 'crd_missing00'],
    [
      ['practice', 'review', 'crd_missing00', 'great'],
      'RATING: must be one of again, hard, good, easy',
    ],
    [['practice', 'show', 'crd_missing00'], 'No practice card with id crd_missing00'],
    [['practice', 'edit', 'crd_missing00'], '--answer: give something to change'],
    [['practice', 'edit', 'crd_missing00', '--clear', 'mood'], '--clear: must be one of'],
    [['practice', '--limit', '0'], '--limit: must be from 1 to 500'],
  ])('reports %j on stderr, naming %s', async (args, message) => {
    const result = await rebound(...args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });
});
