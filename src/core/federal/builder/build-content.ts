import type { Announcement } from '../announcement';
import { missingWords, requirementPhrases, stemsOf } from '../requirement-words';
import type { ResumeBlock, ResumeContent } from './resume-content';
import type { FederalProfile, ProfileJob } from './profile';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthYear = (value: string) => `${value.slice(5, 7)}/${value.slice(0, 4)}`;
export const monthName = (value: string) =>
  `${MONTHS[Number(value.slice(5, 7)) - 1]} ${value.slice(0, 4)}`;

/** How much a duty shows of the announcement's specialized experience. */
export function relevance(text: string, announcement: Announcement | null): number {
  if (!announcement) return 0;
  const stems = stemsOf(text);
  return requirementPhrases(announcement).filter((p) => missingWords(p, stems).length === 0).length;
}

/** A job's duties, those showing the announcement's specialized experience first. */
export function rankDuties(job: ProfileJob, announcement: Announcement | null): string[] {
  return job.duties
    .map((duty, index) => ({ duty, index, score: relevance(duty, announcement) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((d) => d.duty);
}

function jobBlock(job: ProfileJob, announcement: Announcement | null): ResumeBlock {
  const grade = job.payPlanSeriesGrade ? `, ${job.payPlanSeriesGrade}` : '';
  const dates = `${monthYear(job.start)} – ${job.end === null ? 'Present' : monthYear(job.end)}`;
  return {
    heading: [
      `${job.title}${grade}`,
      [job.employer, job.location].filter(Boolean).join(', '),
      `${dates} | ${job.hoursPerWeek} hours per week${job.supervisor ? ` | Supervisor: ${job.supervisor}` : ''}`,
    ],
    lines: [],
    bullets: rankDuties(job, announcement),
  };
}

/** Jobs newest first, as federal résumés list them. */
export function jobsInOrder(profile: FederalProfile): ProfileJob[] {
  return [...profile.jobs].sort(
    (a, b) =>
      (b.end ?? '9999-12').localeCompare(a.end ?? '9999-12') || b.start.localeCompare(a.start),
  );
}

/**
 * The résumé's content in the layout USAJOBS recommends: contact details, a short summary that
 * leads with the announcement's specialized experience, then work experience newest first (each
 * job's duties that show it first), education, certifications, training and skills.
 */
export function buildResumeContent(
  profile: FederalProfile,
  announcement: Announcement | null,
): ResumeContent {
  const jobs = jobsInOrder(profile);
  const summary = specializedSummary(profile, announcement);
  const sections = [
    ...(summary.length > 0
      ? [
          {
            title: 'Specialized experience',
            blocks: [{ heading: [], lines: [], bullets: summary }],
          },
        ]
      : []),
    ...(profile.summary
      ? [{ title: 'Summary', blocks: [{ heading: [], lines: [profile.summary], bullets: [] }] }]
      : []),
    { title: 'Work experience', blocks: jobs.map((job) => jobBlock(job, announcement)) },
    ...(profile.education.length > 0
      ? [
          {
            title: 'Education',
            blocks: profile.education.map((e) => ({
              heading: [
                `${e.degree}, ${[e.school, e.location].filter(Boolean).join(', ')}${e.completed ? `, ${monthYear(e.completed)}` : ''}`,
              ],
              lines: e.details ? [e.details] : [],
              bullets: [],
            })),
          },
        ]
      : []),
    ...listSection('Certifications', profile.certifications),
    ...listSection('Training', profile.training),
    ...(profile.skills.length > 0
      ? [
          {
            title: 'Skills',
            blocks: [{ heading: [], lines: [profile.skills.join(', ')], bullets: [] }],
          },
        ]
      : []),
  ];
  return {
    name: profile.name,
    contactLine: [profile.location, profile.phone, profile.email].filter(Boolean).join(' | '),
    headerLines: [
      profile.citizenship ? `Citizenship: ${profile.citizenship}` : null,
      profile.veteransPreference ? `Veterans’ preference: ${profile.veteransPreference}` : null,
      profile.clearance ? `Security clearance: ${profile.clearance}` : null,
    ].filter((l): l is string => l !== null),
    sections,
  };
}

function listSection(title: string, items: readonly string[]) {
  return items.length > 0
    ? [{ title, blocks: [{ heading: [], lines: [], bullets: [...items] }] }]
    : [];
}

/**
 * One line per specialized-experience phrase the profile shows, with the job where it was done,
 * so a reader meets the announcement's own words first.
 */
function specializedSummary(profile: FederalProfile, announcement: Announcement | null): string[] {
  if (!announcement) return [];
  const lines: string[] = [];
  for (const phrase of requirementPhrases(announcement).slice(0, 6)) {
    const job = jobsInOrder(profile).find((j) =>
      j.duties.some((d) => missingWords(phrase, stemsOf(d)).length === 0),
    );
    if (!job) continue;
    const when = `${monthName(job.start)} – ${job.end === null ? 'Present' : monthName(job.end)}`;
    const text = phrase.phrase.charAt(0).toUpperCase() + phrase.phrase.slice(1);
    lines.push(`${text}: ${job.title}, ${job.employer} (${when})`);
  }
  return lines;
}
