import { beforeAll, describe, expect, it } from 'vitest';
import { reboundOn, runRebound, tempDataDir } from '../../test/cli';

describe('rebound letter, wins and pace', () => {
  let data = '';
  beforeAll(() => {
    data = tempDataDir();
  });
  const { rebound, reboundJson } = reboundOn(() => data);

  it('writes a private letter from stdin, leaves it out of exports unless asked, deletes it', async () => {
    const app = await reboundJson('add', '--company', 'Acme', '--role', 'Analyst');
    const written = await runRebound(
      ['letter', 'write', '--application', app.id, '--data', data, '--json'],
      { input: 'Wombatique. I wanted this one so much.\n' },
    );
    expect(written.code).toBe(0);
    const letter = JSON.parse(written.stdout);
    expect(letter).toMatchObject({ applicationId: app.id, visibility: 'private' });

    const list = await rebound('letter');
    expect(list.stdout).toContain(letter.id);
    expect(list.stdout).toMatch(/You wrote on 1 of the last 14 days/);
    expect((await rebound('letter', 'show', letter.id)).stdout).toContain('Wombatique');

    expect((await rebound('export')).stdout).not.toContain('Wombatique');
    const full = await rebound('export', '--include-letters');
    expect(JSON.parse(full.stdout).letters).toHaveLength(1);

    const shared = await reboundJson('letter', 'edit', letter.id, '--existence');
    expect(shared).toMatchObject({ visibility: 'existence', body: letter.body });
    expect((await rebound('letter', 'delete', letter.id)).stdout).toContain('for good');
    const gone = await rebound('letter', 'show', letter.id);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain(letter.id);

    const empty = await runRebound(['letter', 'write', '--data', data], { input: '   ' });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('--text: must not be empty');
  });

  it('keeps wins, from the reflection too, and makes a practice card from one', async () => {
    const app = await reboundJson('add', '--company', 'Globex', '--role', 'Analyst');
    await reboundJson('reject', app.id);
    await reboundJson('reflect', app.id, '--win', 'Reached the final round');
    const win = await reboundJson('wins', 'add', 'A kind interviewer', '--on', '2026-11-02');
    expect(win).toMatchObject({ happenedOn: '2026-11-02', applicationId: null });
    const page = await reboundJson('wins', '--application', app.id);
    expect(page.items.map((w: { text: string }) => w.text)).toEqual(['Reached the final round']);
    const card = await reboundJson('wins', 'practise', win.id);
    const shown = await reboundJson('practice', 'show', card.cardId);
    expect(shown.question).toBe('Tell the story of this win: A kind interviewer');
    expect((await rebound('insights')).stdout).toMatch(
      /Wins: 2 kept\. Latest: Reached the final round/,
    );
    const today = await rebound('today');
    expect(today.stdout).toContain(
      `write it out first, just for you: rebound letter write --application ${app.id}`,
    );
    const bad = await rebound('wins', 'add', 'x', '--on', 'someday');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--on:');
  });

  it('sets a weekly rhythm, pauses and resumes it, without streaks', async () => {
    const none = await rebound('pace');
    expect(none.stdout).toContain('rebound pace set --applications 2');
    const set = await reboundJson('pace', 'set', '--applications', '3', '--practice', '0');
    expect(set.rhythm).toEqual({ applications: 3, keepInTouch: 1, practice: 0 });
    expect(set.items.map((i: { item: string }) => i.item)).toEqual(['applications', 'keepInTouch']);
    const paused = await reboundJson('pace', 'pause');
    expect(paused.paused).toBe(true);
    expect(paused.pausedUntil > paused.week.end).toBe(true);
    expect((await rebound('today')).stdout).toMatch(/This week: paused until \d{4}-\d{2}-\d{2}\./);
    expect((await reboundJson('pace', 'resume')).paused).toBe(false);
    expect((await rebound('today')).stdout).toMatch(
      /This week: 2 of 3 applications · 0 of 1 keep-in-touch\./,
    );
    const bad = await rebound('pace', 'set', '--applications', '-2');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--applications');
  });
});
