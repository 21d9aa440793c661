import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnnouncement } from '../../core/federal/announcement-import';
import { federalProfileSchema } from '../../core/federal/builder/profile';
import { resumeReader } from '../../runtime/federal/resume-reader';
import { resumeRenderer } from '../../runtime/federal/resume-renderer';
import { buildResume } from './build-resume';

const fixture = (name: string) =>
  fs.readFileSync(new URL(`../../../test/fixtures/federal/${name}`, import.meta.url), 'utf8');
const profile = federalProfileSchema.parse(JSON.parse(fixture('profile.json')));
const announcement = parseAnnouncement(fixture('search-result.json'));
const ports = { renderer: resumeRenderer, reader: resumeReader };

describe('building a federal résumé', () => {
  it('lays the profile out as a PDF that passes its own check, specialized experience first', async () => {
    const built = await buildResume(null, { ...ports, format: 'pdf', profile, announcement });
    expect(built.pages).toBe(1);
    expect(built.leftOut).toEqual([]);
    expect(built.findings.filter((f) => f.severity !== 'advice')).toEqual([
      expect.objectContaining({
        rule: 'specialized-experience',
        words: ['microsoft', 'power', 'dashboards'],
      }),
    ]);
    const doc = await resumeReader.read({ name: built.fileName, bytes: built.bytes });
    const texts = doc.lines.map((l) => l.text);
    expect(texts[0]).toBe('Dana Whitlock');
    const summary = texts.indexOf('SPECIALIZED EXPERIENCE');
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(texts.indexOf('WORK EXPERIENCE'));
    expect(texts[summary + 1]).toMatch(
      /^•\s+Conducting program evaluations: Program Analyst, Bureau of the Fiscal Service/,
    );
    // The current job comes first, and its duties that show the specialized experience lead.
    const job = texts.indexOf('Program Analyst, GS-0343-11');
    expect(job).toBeLessThan(texts.indexOf('Operations Coordinator'));
    expect(texts[job + 3]).toMatch(/^•\s+Conducted program evaluations/);
    expect(texts.slice(job).find((t) => t.includes('SharePoint site'))).toBeDefined();
  });

  it('shortens a long profile to two pages, deterministically, and says what it left out', async () => {
    const long = {
      ...profile,
      jobs: profile.jobs.map((job) => ({
        ...job,
        duties: Array.from(
          { length: 45 },
          (_, i) =>
            `${job.duties[i % job.duties.length]} Then ${job.duties[(i + 1) % job.duties.length]} (${i + 1})`,
        ),
      })),
    };
    const first = await buildResume(null, { ...ports, format: 'pdf', profile: long, announcement });
    const again = await buildResume(null, { ...ports, format: 'pdf', profile: long, announcement });
    expect(first.pages).toBe(2);
    expect(first.leftOut.length).toBeGreaterThan(0);
    expect(first.leftOut).toEqual(again.leftOut);
    expect(first.leftOut[0]).toMatch(/^Operations Coordinator: /);
    expect(first.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('writes a Word file that LibreOffice also fits, in the margins and size the announcement asks', async () => {
    const strict = parseAnnouncement(fixture('announcement.html'));
    const built = await buildResume(null, {
      ...ports,
      format: 'docx',
      profile,
      announcement: strict,
    });
    expect(built.fileName).toBe('Dana-Whitlock-federal-resume.docx');
    expect(built.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const doc = await resumeReader.read({ name: built.fileName, bytes: built.bytes });
    expect(doc.pagesMeasuredBy).toBe('libreoffice');
    expect(doc.pages).toBeLessThanOrEqual(2);
    expect(doc.fonts[0]).toMatchObject({ family: 'Arial', size: 11 });
    expect(doc.margins?.left).toBe(1);
  }, 120_000);

  it('asks for a profile when there is none', async () => {
    await expect(buildResume(null, { ...ports, format: 'pdf' })).rejects.toMatchObject({
      field: 'profile',
    });
  });
});
