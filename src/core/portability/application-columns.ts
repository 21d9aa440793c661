import { STAGE_LABELS, STAGES, type Stage } from '../stages';
import { headerKey } from './csv-records';

/** What a column of an applications CSV can hold. */
export const APPLICATION_CSV_FIELDS = [
  'id',
  'company',
  'role',
  'stage',
  'stageAt',
  'appliedOn',
  'link',
  'source',
  'location',
  'salary',
  'salaryMin',
  'salaryMax',
  'currency',
  'notes',
  'postingText',
  'createdAt',
  'stageHistory',
] as const;
export type ApplicationCsvField = (typeof APPLICATION_CSV_FIELDS)[number];

/** Each field's header in Rebound's own export, and what it means. */
export const APPLICATION_CSV_COLUMNS: Record<
  ApplicationCsvField,
  { header: string; meaning: string }
> = {
  id: { header: 'ID', meaning: "Rebound's id; matches the application on a later import" },
  company: { header: 'Company', meaning: 'the employer (required)' },
  role: { header: 'Role', meaning: 'the job title (required)' },
  stage: {
    header: 'Stage',
    meaning: `the current stage: ${STAGES.map((s) => STAGE_LABELS[s]).join(', ')}`,
  },
  stageAt: { header: 'Stage since', meaning: 'when it entered the current stage' },
  appliedOn: { header: 'Applied on', meaning: 'when the application was sent' },
  link: { header: 'Link', meaning: 'the job posting' },
  source: { header: 'Source', meaning: 'where the job was found' },
  location: { header: 'Location', meaning: 'where the job is' },
  salary: { header: 'Salary', meaning: 'a salary or range as text, e.g. $80k–95k' },
  salaryMin: { header: 'Salary min', meaning: 'lowest salary, a whole number' },
  salaryMax: { header: 'Salary max', meaning: 'highest salary, a whole number' },
  currency: { header: 'Currency', meaning: 'three-letter code such as USD' },
  notes: { header: 'Notes', meaning: 'your notes' },
  postingText: { header: 'Job description', meaning: 'the text of the posting' },
  createdAt: { header: 'Created', meaning: 'when it was added' },
  stageHistory: {
    header: 'Stage history',
    meaning: 'one line per stage: date-time, stage, optional " — note"',
  },
};

/** The columns Rebound's own export writes, in order. */
export const EXPORT_FIELDS: readonly ApplicationCsvField[] = [
  'id',
  'company',
  'role',
  'stage',
  'stageAt',
  'link',
  'source',
  'location',
  'salaryMin',
  'salaryMax',
  'currency',
  'notes',
  'createdAt',
  'stageHistory',
];

/**
 * Headers other trackers and spreadsheets use for each field (Huntr, Teal and hand-made sheets
 * name them differently), compared with case, spaces and punctuation ignored.
 */
const HEADER_ALIASES: Record<ApplicationCsvField, readonly string[]> = {
  id: ['id', 'reboundid', 'applicationid'],
  company: ['company', 'companyname', 'employer', 'organization', 'organisation', 'org'],
  role: [
    'role',
    'title',
    'jobtitle',
    'position',
    'jobposition',
    'job',
    'positiontitle',
    'rolename',
  ],
  stage: ['stage', 'status', 'list', 'applicationstatus', 'pipelinestage', 'currentstage', 'state'],
  stageAt: [
    'stagesince',
    'stagedate',
    'statusdate',
    'stagechangedat',
    'statuschanged',
    'datemoved',
  ],
  appliedOn: [
    'appliedon',
    'applied',
    'dateapplied',
    'applicationdate',
    'appliedat',
    'appliedate',
    'submitted',
  ],
  link: [
    'link',
    'url',
    'joburl',
    'postingurl',
    'joblink',
    'jobposting',
    'postinglink',
    'jobpostingurl',
    'listingurl',
  ],
  source: ['source', 'jobsource', 'foundvia', 'foundon', 'channel', 'board', 'jobboard'],
  location: ['location', 'city', 'joblocation', 'place', 'remote'],
  salary: ['salary', 'salaryrange', 'compensation', 'pay', 'payrange', 'comp'],
  salaryMin: ['salarymin', 'minsalary', 'salaryfrom', 'minimumsalary', 'salarylow'],
  salaryMax: ['salarymax', 'maxsalary', 'salaryto', 'maximumsalary', 'salaryhigh'],
  currency: ['currency', 'salarycurrency'],
  notes: ['notes', 'note', 'comments', 'comment', 'mynotes'],
  postingText: ['jobdescription', 'description', 'posting', 'postingtext'],
  createdAt: [
    'created',
    'createdat',
    'datecreated',
    'dateadded',
    'datesaved',
    'added',
    'saved',
    'createdon',
  ],
  stageHistory: ['stagehistory', 'history', 'statushistory'],
};

const FIELD_BY_HEADER = new Map<string, ApplicationCsvField>(
  (Object.entries(HEADER_ALIASES) as [ApplicationCsvField, readonly string[]][]).flatMap(
    ([field, keys]) => keys.map((key) => [key, field] as const),
  ),
);

/** Which column holds which field: the header as the file writes it → a field, or null to ignore it. */
export type ColumnMapping = Record<string, ApplicationCsvField | null>;

/** Proposes a mapping from the headers alone; each field goes to the first column that names it. */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ApplicationCsvField>();
  const mapping: ColumnMapping = {};
  for (const header of headers) {
    if (header in mapping) continue;
    const field = FIELD_BY_HEADER.get(headerKey(header));
    mapping[header] = field !== undefined && !taken.has(field) ? field : null;
    if (field !== undefined) taken.add(field);
  }
  return mapping;
}

/** Mapping problems: a field given twice, a header the file lacks, a required field missing. */
export function mappingProblems(mapping: ColumnMapping, headers: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Map<ApplicationCsvField, string>();
  for (const [header, field] of Object.entries(mapping)) {
    if (!headers.includes(header)) problems.push(`the file has no column "${header}"`);
    if (field === null) continue;
    const other = seen.get(field);
    if (other !== undefined)
      problems.push(`"${header}" and "${other}" are both mapped to ${field}`);
    seen.set(field, header);
  }
  for (const required of ['company', 'role'] as const) {
    if (!seen.has(required)) {
      problems.push(
        `no column is mapped to ${required}; map one with ${required}, e.g. "Employer=company"`,
      );
    }
  }
  return problems;
}

const STAGE_ALIASES: Record<Stage, readonly string[]> = {
  saved: [
    'saved',
    'wishlist',
    'bookmarked',
    'interested',
    'applying',
    'toapply',
    'notapplied',
    'planned',
    'draft',
  ],
  applied: ['applied', 'submitted', 'applicationsubmitted', 'sent'],
  screen: ['screen', 'screening', 'phonescreen', 'recruitercall', 'recruiterscreen', 'hrscreen'],
  interview: [
    'interview',
    'interviewing',
    'interviews',
    'inprogress',
    'technical',
    'techinterview',
  ],
  final: ['final', 'finalround', 'finalinterview', 'onsite', 'finals'],
  offer: ['offer', 'offered', 'offerreceived', 'accepted', 'negotiating', 'negotiation'],
  rejected: ['rejected', 'notselected', 'turneddown', 'rejection', 'declinedbycompany'],
  withdrawn: ['withdrawn', 'withdrew', 'iwithdrew', 'notpursuing', 'declinedoffer', 'dropped'],
  ghosted: ['ghosted', 'noresponse', 'noreply', 'expired', 'nohear', 'silent'],
};

const STAGE_BY_KEY = new Map<string, Stage>(
  STAGES.flatMap((stage) => [
    [headerKey(stage), stage] as const,
    [headerKey(STAGE_LABELS[stage]), stage] as const,
    ...STAGE_ALIASES[stage].map((alias) => [alias, stage] as const),
  ]),
);

/** A stage from a tracker's word for it ("Interviewing", "No Response", "final_round"), or undefined. */
export function readStage(value: string): Stage | undefined {
  return STAGE_BY_KEY.get(headerKey(value));
}
