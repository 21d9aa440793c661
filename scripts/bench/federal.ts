import fs from 'node:fs';
import path from 'node:path';
import type { BenchSection } from '../bench';
import { parseAnnouncement } from '../../src/core/federal/announcement-import';
import { federalProfileSchema } from '../../src/core/federal/builder/profile';
import { checkFederalResume } from '../../src/core/federal/check-resume';
import { resumeReader } from '../../src/runtime/federal/resume-reader';
import { resumeRenderer } from '../../src/runtime/federal/resume-renderer';
import { buildResume } from '../../src/use-cases/federal/build-resume';
import { summarize, timeRuns } from './_stats';

const fixtures = path.resolve('test/fixtures/federal');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');

/** The sample profile with enough duties to fill two pages. */
function twoPageProfile() {
  const profile = federalProfileSchema.parse(JSON.parse(read('profile.json')));
  return {
    ...profile,
    jobs: profile.jobs.map((job) => ({
      ...job,
      duties: Array.from(
        { length: 14 },
        (_, i) => `${job.duties[i % job.duties.length]} (${i + 1})`,
      ),
    })),
  };
}

/**
 * The federal résumé check on a two-page PDF, goal ≤ 300 ms: reading it with pdf.js (text,
 * fonts, pictures) and running every rule against an announcement, after warm-up. The pure
 * check is also timed alone, and the builder end to end.
 */
const section: BenchSection = {
  name: 'federal',
  async run() {
    const announcement = parseAnnouncement(read('search-result.json'));
    const built = await buildResume(null, {
      reader: resumeReader,
      renderer: resumeRenderer,
      format: 'pdf',
      profile: twoPageProfile(),
      announcement,
    });
    const file = { name: 'resume.pdf', bytes: built.bytes };
    const document = await resumeReader.read(file);
    const check = await timeRuns(
      async () => {
        const doc = await resumeReader.read(file);
        return checkFederalResume({ document: doc, announcement });
      },
      30,
      5,
    );
    const rulesOnly = await timeRuns(() => checkFederalResume({ document, announcement }), 200, 20);
    const build = await timeRuns(
      () =>
        buildResume(null, {
          reader: resumeReader,
          renderer: resumeRenderer,
          format: 'pdf',
          profile: twoPageProfile(),
          announcement,
        }),
      5,
      1,
    );
    const summary = summarize(check);
    return {
      pages: document.pages,
      lines: document.lines.length,
      checkPdfMs: summary,
      goalMs: 300,
      meetsGoal: summary.p90 <= 300,
      rulesOnlyMs: summarize(rulesOnly),
      buildPdfMs: summarize(build),
    };
  },
};

export default section;
