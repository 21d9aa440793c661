import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, describeEachDialect } from '../../../test/databases';
import { applicationInput } from '../../../test/factories';
import { interviewedApplication, reject, useTimeZone } from '../../../test/recovery-fixtures';
import { applicationInputSchema } from '../../core/application';
import { interactionInputSchema } from '../../core/interaction';
import { reflectionInputSchema } from '../../core/recovery/reflection';
import { createApplication, deleteApplication } from '../applications';
import { logInteraction } from '../interactions';
import { getPracticeCard, listPracticeCards, reviewPracticeCard } from '../practice';
import { saveReflection } from '../reflection';
import { exportWorkspace, importWorkspace } from '../transfer';
import {
  deleteLetter,
  getLetter,
  listFreshRejections,
  listLetters,
  updateLetter,
  writeLetter,
} from './letters';
import { findNoteToSend } from './note-to-send';
import { getPacing, updatePacing } from './pacing';
import { addWin, deleteWin, listWins, practiseWin, updateWin } from './wins';

const words = 'I am so angry they picked someone else after five rounds';

describeEachDialect('letters, wins and pacing', (db) => {
  beforeEach(() => db().clock.set('2026-12-09T10:00:00.000Z')); // a Wednesday

  async function workspace() {
    const deps = await db().deps(`ws_${Math.random().toString(36).slice(2, 10)}`);
    await useTimeZone(deps, 'Europe/London');
    return deps;
  }

  it('keeps a letter private by default, edits it and deletes it for good', async () => {
    const deps = await workspace();
    const { applicationId } = await interviewedApplication(deps);
    const letter = await writeLetter(deps, { input: { applicationId, body: words } });
    expect(letter).toMatchObject({ applicationId, body: words, visibility: 'private' });
    db().clock.set('2026-12-10T10:00:00.000Z');
    const edited = await updateLetter(deps, {
      id: letter.id,
      patch: { body: `${words}. Less now.`, visibility: 'existence' },
    });
    expect(edited).toMatchObject({
      visibility: 'existence',
      updatedAt: '2026-12-10T10:00:00.000Z',
    });
    const list = await listLetters(deps, { applicationId });
    expect(list.items.map((l) => l.id)).toEqual([letter.id]);
    // Written on the 9th and changed on the 10th: two days of the suggested five.
    expect(list.rhythm).toMatchObject({ minutesPerDay: 20, days: 5, daysWritten: 2 });
    expect(list.prompts.length).toBeGreaterThan(2);
    await deleteLetter(deps, { id: letter.id });
    await expect(getLetter(deps, { id: letter.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteLetter(deps, { id: letter.id })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses a letter about an application that does not exist, naming the field', async () => {
    const deps = await workspace();
    await expect(
      writeLetter(deps, { input: { applicationId: 'app_000000000000', body: words } }),
    ).rejects.toMatchObject({ code: 'not_found', field: 'applicationId' });
    expect((await listLetters(deps)).items).toEqual([]);
  });

  it('keeps letters and wins when their application is deleted, unlinked', async () => {
    const deps = await workspace();
    const app = await createApplication(deps, applicationInputSchema.parse(applicationInput()));
    const letter = await writeLetter(deps, { input: { applicationId: app.id, body: words } });
    const win = await addWin(deps, { input: { applicationId: app.id, text: 'Nailed the demo' } });
    await deleteApplication(deps, { id: app.id });
    expect(await getLetter(deps, { id: letter.id })).toMatchObject({ applicationId: null });
    expect((await listWins(deps, { limit: 10, offset: 0 })).items).toEqual([
      expect.objectContaining({ id: win.id, applicationId: null }),
    ]);
  });

  it('offers the letter for rejections of the last week, counting letters without reading them', async () => {
    const deps = await workspace();
    const fresh = await interviewedApplication(deps, { company: 'Acme' });
    const old = await interviewedApplication(deps, { company: 'Globex' });
    await reject(deps, fresh.applicationId, { date: '2026-12-08' });
    await reject(deps, old.applicationId, { date: '2026-11-20' });
    await writeLetter(deps, { input: { applicationId: fresh.applicationId, body: words } });
    expect(await listFreshRejections(deps)).toEqual([
      {
        applicationId: fresh.applicationId,
        company: 'Acme',
        role: 'Data Analyst',
        rejectedOn: '2026-12-08',
        letters: 1,
      },
    ]);
  });

  it('leads from the letter to the plan’s thank-you with what was learned, not what was felt', async () => {
    const deps = await workspace();
    const { applicationId, hiringManager } = await interviewedApplication(deps);
    await reject(deps, applicationId, { date: '2026-12-08', contactId: hiringManager });
    await saveReflection(deps, {
      applicationId,
      input: reflectionInputSchema.parse({
        missingSkills: ['k8s'],
        communication: 'Rushed the system design answer',
        feeling: 'angry',
        feelingNote: 'Furious and humiliated',
      }),
    });
    await addWin(deps, { input: { applicationId, text: 'Reached the final round' } });
    const note = await findNoteToSend(deps, { applicationId });
    expect(note.step).toMatchObject({ kind: 'thank_you', contactId: hiringManager });
    expect(note.learned).toMatchObject({
      missingSkills: ['Kubernetes'],
      communication: 'Rushed the system design answer',
      wins: ['Reached the final round'],
    });
    expect(JSON.stringify(note)).not.toContain('Furious');
  });

  it('keeps wins, edits them and turns one into a practice card that stays in the deck', async () => {
    const deps = await workspace();
    const { applicationId } = await interviewedApplication(deps);
    const win = await addWin(deps, { input: { applicationId, text: 'A kind interviewer' } });
    expect(win.happenedOn).toBe('2026-12-09');
    const older = await addWin(deps, { input: { text: 'First final round', on: '2026-11-02' } });
    const page = await listWins(deps, { limit: 1, offset: 0 });
    expect(page).toMatchObject({ total: 2, nextOffset: 1, items: [{ id: win.id }] });
    const moved = await updateWin(deps, { id: older.id, patch: { text: 'My first final round' } });
    expect(moved.text).toBe('My first final round');

    const made = await practiseWin(deps, { id: older.id });
    expect(made.created).toBe(true);
    const card = await getPracticeCard(deps, { id: made.cardId });
    expect(card.question).toBe('Tell the story of this win: My first final round');
    expect(await practiseWin(deps, { id: older.id })).toMatchObject({
      created: false,
      cardId: made.cardId,
    });
    // A reflection's sync prunes orphaned, untouched cards; a win's card is neither.
    await reject(deps, applicationId, { date: '2026-12-08' });
    await saveReflection(deps, {
      applicationId,
      input: reflectionInputSchema.parse({ hardQuestions: ['Why us?'] }),
    });
    await saveReflection(deps, {
      applicationId,
      input: reflectionInputSchema.parse({ hardQuestions: [] }),
    });
    expect((await getPracticeCard(deps, { id: made.cardId })).id).toBe(made.cardId);
    await deleteWin(deps, { id: older.id });
    expect((await listWins(deps, { limit: 10, offset: 0 })).total).toBe(1);
    await expect(
      addWin(deps, { input: { applicationId: 'app_000000000000', text: 'x' } }),
    ).rejects.toMatchObject({ field: 'applicationId' });
  });

  it('counts this week only, in the user’s zone, and can be paused and resumed', async () => {
    const deps = await workspace();
    const pacing = await getPacing(deps);
    expect(pacing).toMatchObject({ rhythm: null, items: [], paused: false });
    expect(pacing.week).toEqual({ start: '2026-12-07', end: '2026-12-13' });

    const set = await updatePacing(deps, {
      patch: { rhythm: { applications: 2, keepInTouch: 1, practice: 0 } },
    });
    expect(set.items.map((i) => i.text)).toEqual(['0 of 2 applications', '0 of 1 keep-in-touch']);

    // Last week's application does not count; this week's two do, once each.
    const applied = (at: string) =>
      createApplication(deps, applicationInput({ stage: 'applied', stageAt: at }));
    await applied('2026-12-06T23:30:00Z');
    await applied('2026-12-07T00:30:00Z');
    await applied('2026-12-09T08:00:00Z');
    const { recruiter } = await interviewedApplication(deps);
    await logInteraction(
      deps,
      interactionInputSchema.parse({ contactId: recruiter, channel: 'email' }),
    );
    await logInteraction(
      deps,
      interactionInputSchema.parse({ contactId: recruiter, channel: 'call', direction: 'inbound' }),
    );
    const now = await getPacing(deps);
    expect(now.items.map((i) => [i.item, i.done])).toEqual([
      ['applications', 2],
      ['keepInTouch', 1],
    ]);
    expect(now.summary).toMatch(/done/);

    await expect(
      updatePacing(deps, { patch: { pausedUntil: '2026-12-09' } }),
    ).rejects.toMatchObject({ code: 'validation', field: 'pausedUntil' });
    const paused = await updatePacing(deps, { patch: { pausedUntil: '2026-12-14' } });
    expect(paused).toMatchObject({ paused: true, pausedUntil: '2026-12-14' });
    expect(paused.summary).toMatch(/Paused/);
    db().clock.set('2026-12-14T10:00:00.000Z');
    const monday = await getPacing(deps);
    expect(monday).toMatchObject({ paused: false, week: { start: '2026-12-14' } });
    expect(monday.items.every((i) => i.done === 0)).toBe(true);
    expect(Object.keys(monday)).not.toContain('streak');
  });

  it('gives a win one card even when asked twice at once', async () => {
    const deps = await workspace();
    const win = await addWin(deps, { input: { text: 'Explained the cache design well' } });
    const [a, b] = await Promise.all([
      practiseWin(deps, { id: win.id }),
      practiseWin(deps, { id: win.id }),
    ]);
    expect(a.cardId).toBe(b.cardId);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const deck = await listPracticeCards(deps, { filter: 'all', limit: 10, offset: 0 });
    expect(deck.items.map((c) => c.id)).toEqual([a.cardId]);
  });

  it('counts practice rounds as days practised', async () => {
    const deps = await workspace();
    await updatePacing(deps, {
      patch: { rhythm: { applications: 0, keepInTouch: 0, practice: 2 } },
    });
    const win = await addWin(deps, { input: { text: 'Good answer on caching' } });
    const { cardId } = await practiseWin(deps, { id: win.id });
    await reviewPracticeCard(deps, { id: cardId, rating: 'good' });
    await reviewPracticeCard(deps, { id: cardId, rating: 'good' });
    expect((await getPacing(deps)).items).toEqual([
      { item: 'practice', goal: 2, done: 1, text: '1 of 2 practice rounds' },
    ]);
  });

  it('leaves letters out of an export unless asked, and keeps them through a replace', async () => {
    const deps = await workspace();
    const { applicationId } = await interviewedApplication(deps);
    const letter = await writeLetter(deps, { input: { applicationId, body: words } });
    await addWin(deps, { input: { applicationId, text: 'Reached the final' } });
    await updatePacing(deps, {
      patch: { rhythm: { applications: 3, keepInTouch: 1, practice: 1 } },
    });

    const plain = await exportWorkspace(deps);
    expect(plain.letters).toBeUndefined();
    expect(JSON.stringify(plain)).not.toContain(words);
    expect(plain.wins).toHaveLength(1);
    const full = await exportWorkspace(deps, { includeLetters: true });
    expect(full.letters).toEqual([letter]);

    // Replacing from a file without letters keeps the letter (unlinked: its application is gone).
    const other = await workspace();
    const elsewhere = await createApplication(
      other,
      applicationInputSchema.parse(applicationInput({ company: 'Initech' })),
    );
    const mine = await writeLetter(other, { input: { applicationId: elsewhere.id, body: words } });
    const report = await importWorkspace(other, { document: plain, mode: 'replace' });
    expect(report.created).toMatchObject({ wins: 1, letters: 0 });
    expect(await getLetter(other, { id: mine.id })).toMatchObject({ applicationId: null });
    expect((await getPacing(other)).rhythm).toEqual({
      applications: 3,
      keepInTouch: 1,
      practice: 1,
    });

    // A file with its letters brings them, once, however often it is merged.
    const third = await workspace();
    await importWorkspace(third, { document: JSON.parse(JSON.stringify(full)), mode: 'empty' });
    await importWorkspace(third, { document: JSON.parse(JSON.stringify(full)), mode: 'merge' });
    expect((await listLetters(third)).items).toEqual([letter]);
    expect((await exportWorkspace(third, { includeLetters: true })).letters).toEqual([letter]);
  });
});

// The file-level check is SQLite's: PostgreSQL keeps no single file to read back.
describe('deleting a letter on SQLite', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await database.close();
  });

  it('wipes its words from the database file and its log', async () => {
    const deps = await database.deps('ws_wipe');
    const marker = 'Zanzibar-quill-4471';
    const letter = await writeLetter(deps, { input: { body: `${marker} ${words}` } });
    const onDisk = () =>
      [database.location, `${database.location}-wal`]
        .filter((file) => fs.existsSync(file))
        .some((file) => fs.readFileSync(file).includes(marker));
    expect(onDisk()).toBe(true);
    await deleteLetter(deps, { id: letter.id });
    expect(onDisk()).toBe(false);
  });
});
