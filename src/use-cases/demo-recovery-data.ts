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

/** Experiences the user forgot to mention, each in the ways they noted it down. */
export const DEMO_FORGOT: readonly (readonly string[])[] = [
  ['The migration I led that cut reporting time in half', 'The reporting migration I led'],
  ['Mentoring two junior analysts', 'That I mentored junior analysts'],
  ['The customer research I ran before the redesign', 'Customer research before the redesign'],
  ['That I already know their main tooling'],
];

/**
 * Other ways the user wrote down an interview question when reflecting, so the practice deck and
 * the themes have different wordings of one question to bring together.
 */
export const DEMO_QUESTION_REWORDINGS: Readonly<Record<string, readonly string[]>> = {
  'Tell me about a time you disagreed with your manager.': [
    'Describe a disagreement with your boss.',
    'Tell me about a time you disagreed with a manager',
  ],
  'How would you prioritise three urgent requests from different teams?': [
    'How do you prioritize competing urgent requests?',
  ],
  'Walk me through a project that failed and what you learned.': [
    'Tell me about a project that failed.',
    'walk me through a failed project and what you learned',
  ],
  'How do you explain a technical trade-off to a non-technical stakeholder?': [
    'Explain a technical trade-off to a non-technical audience.',
  ],
  'What would you do in your first 90 days?': ['What would your first 90 days look like?'],
  'Describe a time you used data to change a decision.': [
    'Tell me about a decision you changed with data.',
  ],
  'How do you handle a deadline you know you will miss?': [
    'What do you do when you are going to miss a deadline?',
  ],
  'Why are you leaving your current role?': ['Why do you want to leave your job?'],
  'Design a system to handle a sudden 10x spike in traffic.': [
    'Design a system that scales to 10x traffic.',
  ],
  'What is your biggest weakness?': ['What are your weaknesses?'],
};

/** STAR answers some sample cards already have. */
export const DEMO_STAR_ANSWERS = [
  {
    situation: 'At my last job the quarterly report took the finance team three days to build.',
    task: 'I was asked to cut that down without changing what the report showed.',
    action:
      'I mapped every manual step, moved the data pulls into scheduled queries and agreed the new process with the two analysts who used it most.',
    result: 'The report took half a day from then on, and the team kept the process after I left.',
  },
  {
    situation:
      'Two teams asked for the same analyst time in the same week, both saying it was urgent.',
    task: 'I had to decide what went first without losing either team.',
    action:
      'I asked each lead what would break if their request waited a week, shared the answers with both, and proposed an order.',
    result:
      'Both agreed to it the same day; the second request shipped four days later with no harm done.',
  },
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
  'We liked your case study. We needed someone with people management experience from day one.',
  'Technically solid. Work on tying your answers back to business impact.',
  'Great conversations. The deciding factor was direct industry experience.',
  'Your SQL was excellent; the team needed deeper Kubernetes experience than we saw.',
] as const;
