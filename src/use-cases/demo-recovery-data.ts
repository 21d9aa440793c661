/** Invented reflections and feedback for the sample workspace's rejections. */

/**
 * Skills the sample rejections say were missing, each group spelled the ways people type it, so
 * insights have synonyms to bring together ("k8s" and "Kubernetes" are one gap).
 */
export const DEMO_MISSING_SKILLS: readonly (readonly string[])[] = [
  ['k8s', 'Kubernetes', 'kubernetes', 'K8S'],
  ['SQL', 'sql', 'SQL queries'],
  ['Postgres', 'PostgreSQL', 'psql'],
  ['people management', 'Managing people', 'People-Management', 'line management'],
  ['stakeholder mgmt', 'Stakeholder management', 'managing stakeholders'],
  ['Tableau'],
  ['dbt', 'data build tool'],
  ['AWS', 'Amazon Web Services'],
  ['A/B testing', 'AB tests', 'split testing'],
  ['Industry experience', 'domain knowledge', 'sector experience'],
  ['Python', 'python3'],
  ['System design', 'systems design'],
  ['Spanish', 'Español'],
  ['PMP'],
  ['Power BI', 'powerbi'],
  ['Public speaking', 'presentation skills'],
];

export const DEMO_FIT_REASONS = {
  yes: [
    'The team, the pay and the hybrid schedule all fit.',
    'Exactly the kind of work I want to be doing next.',
  ],
  partly: [
    'Great team, but the commute would have been long.',
    'Interesting work, though the role leaned more senior than I am.',
    'The pay was below what I need, the mission was right.',
  ],
  no: [
    'Too much travel for my family right now.',
    'On reflection the role was mostly maintenance, not building.',
  ],
} as const;

export const DEMO_COMMUNICATION = [
  'Rambled on the first question; steadier once I got going.',
  'Clear and concise, but I undersold the impact of my last project.',
  'Nervous in the panel; better one to one.',
  'Good energy; I interrupted the interviewer twice.',
] as const;

export const DEMO_FORGOT = [
  'The migration I led that cut reporting time in half',
  'Mentoring two junior analysts',
  'The customer research I ran before the redesign',
  'That I already know their main tooling',
] as const;

export const DEMO_WENT_WELL = [
  'The case study: they liked the way I structured it.',
  'Rapport with the hiring manager.',
  'Questions I asked about their roadmap.',
  'Stayed calm on the technical round.',
] as const;

export const DEMO_FEELING_NOTES = [
  'Stings, but I learned a lot.',
  'Honestly relieved about the commute.',
  'Really wanted this one.',
  null,
] as const;

export const DEMO_BETTER_ANSWERS = [
  'Lead with the outcome, then the two decisions that mattered, then what I would do differently.',
  'Name the trade-off explicitly and tie it to the business metric they care about.',
  'Use the STAR shape and keep it under two minutes.',
] as const;

export const DEMO_FEEDBACK = [
  'Strong analytical skills; the other candidate had more experience presenting to executives.',
  'We liked your case study. We needed someone who could start managing the team straight away.',
  'Technically solid. Work on tying your answers back to business impact.',
  'Great conversations. The deciding factor was direct industry experience.',
] as const;
