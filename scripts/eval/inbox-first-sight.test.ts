import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLabelledFile, roleKey } from './inbox-eval';
import {
  inboxFirstSightOf,
  inboxFirstSightSchema,
  recordedInboxFirstSights,
  recordFirstSight,
} from './inbox-first-sight';

const source = path.resolve('eval', 'inbox');

describe('inbox first sight', () => {
  let root: string;
  beforeAll(() => {
    // A checkout of its own: two small training files, and a new file beside them.
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-first-sight-'));
    fs.mkdirSync(path.join(root, 'eval', 'inbox'), { recursive: true });
    for (const name of ['train-rejections.json', 'train-next-steps.json'])
      fs.copyFileSync(path.join(source, name), path.join(root, 'eval', 'inbox', name));
    fs.copyFileSync(path.join(source, 'train-languages.json'), path.join(root, 'new.json'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('scores a file with a model fitted on the training files without it', async () => {
    const figures = await inboxFirstSightOf(
      root,
      path.join(root, 'new.json'),
      new Date('2026-12-07'),
    );
    expect(inboxFirstSightSchema.parse(figures)).toEqual(figures);
    expect(figures.measuredOn).toBe('2026-12-07');
    expect(figures.trainedOn).toEqual({ files: 2, messages: 39 });
    expect(figures.items).toBe(15);
    expect(figures.rejection.actual).toBeGreaterThan(0);
    expect(figures.kindAccuracy).toBeGreaterThan(0.5);
  }, 60_000);

  it('leaves a training file out of the model that scores it', async () => {
    const file = path.join(root, 'eval', 'inbox', 'train-rejections.json');
    const figures = await inboxFirstSightOf(root, file);
    expect(figures.trainedOn).toEqual({ files: 1, messages: 19 });
    expect(figures.items).toBe(20);
  }, 60_000);

  it('records the figures once, keeps the items, and the report lists them', async () => {
    const file = path.join(root, 'eval', 'inbox', 'train-next-steps.json');
    const before = loadLabelledFile(file);
    const figures = await inboxFirstSightOf(root, file);
    await recordFirstSight(file, figures);
    expect(loadLabelledFile(file)).toEqual(before);
    await expect(recordFirstSight(file, figures)).rejects.toThrow(/already recorded/);
    expect(recordedInboxFirstSights(root)).toEqual([{ file: 'train-next-steps.json', ...figures }]);
  }, 60_000);

  it('names the field of a recorded first sight that is not in the schema', () => {
    const file = path.join(root, 'eval', 'inbox', 'train-rejections.json');
    const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...raw, firstSight: { measuredOn: 'yesterday' } }));
    expect(() => recordedInboxFirstSights(root)).toThrow(
      /train-rejections\.json: firstSight\.measuredOn/,
    );
  });
});

describe('roleKey', () => {
  it('compares roles without gender markers, workload and feminine endings', () => {
    expect(roleKey('Data Analyst (m/w/d)')).toBe(roleKey('Data Analyst'));
    expect(roleKey('Assistant(e) RH 60-80%')).toBe(roleKey('Assistant RH'));
    expect(roleKey('Técnico/a de Empleo')).toBe(roleKey('Técnico de Empleo'));
    expect(roleKey('Backend Engineer (Go)')).not.toBe(roleKey('Backend Engineer'));
  });
});
