/**
 * Telling a federal civilian job from a private, state, contractor or military one, from the
 * lines that head a work entry. Federal civilian jobs carry a pay plan, series and grade;
 * contractor and military jobs do not.
 */

const DEPARTMENTS = [
  'agriculture',
  'commerce',
  'defense',
  'education',
  'energy',
  'health and human services',
  'homeland security',
  'housing and urban development',
  '(?:the )?interior',
  'justice',
  'labor',
  'state',
  'transportation',
  '(?:the )?treasury',
  'veterans affairs',
  'the army',
  'the navy',
  'the air force',
];

const AGENCIES = [
  'social security administration',
  'internal revenue service',
  'environmental protection agency',
  'general services administration',
  'office of personnel management',
  'national aeronautics and space administration',
  'federal emergency management agency',
  'national institutes of health',
  'centers for disease control',
  'food and drug administration',
  'national park service',
  '(?:u\\.?s\\.? )?forest service',
  'bureau of land management',
  'bureau of reclamation',
  'federal aviation administration',
  'transportation security administration',
  'customs and border protection',
  'citizenship and immigration services',
  'small business administration',
  'census bureau',
  'bureau of labor statistics',
  'federal bureau of investigation',
  'defense logistics agency',
  'defense health agency',
  'veterans (?:health|benefits) administration',
  'government accountability office',
  'library of congress',
  'national oceanic and atmospheric administration',
  '(?:u\\.?s\\.? )?geological survey',
  'fish and wildlife service',
  'federal highway administration',
  'army corps of engineers',
  'national weather service',
  'federal government',
  'federal civilian',
];

const ACRONYMS = [
  'IRS',
  'SSA',
  'EPA',
  'GSA',
  'OPM',
  'NASA',
  'FEMA',
  'NIH',
  'CDC',
  'FDA',
  'USDA',
  'DHS',
  'DOJ',
  'DoD',
  'DOD',
  'HUD',
  'HHS',
  'NOAA',
  'USGS',
  'FAA',
  'TSA',
  'CBP',
  'USCIS',
  'VHA',
  'VBA',
  'DLA',
  'GAO',
];

const STATES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|state|county|city|municipal|district';

const DEPARTMENT = new RegExp(
  `(?:(\\b(?:${STATES}))\\s+)?(?:u\\.?s\\.?\\s+)?(?:department|dept\\.?) of (?:${DEPARTMENTS.join('|')})\\b`,
  'i',
);
const AGENCY = new RegExp(`\\b(?:${AGENCIES.join('|')})\\b`, 'i');
const ACRONYM = new RegExp(`\\b(?:${ACRONYMS.join('|')})\\b`);
const US_PREFIX = /\bU\.?\s?S\.?\s+(?:department|dept|agency|bureau|office|mint|marshals)\b/i;

const CONTRACTOR =
  /\b(?:contractor|subcontractor|contract(?:ed)?\s+(?:to|for|with|support)|on contract|in support of|supporting (?:the )?(?:u\.?s\.?|department|federal)|client:)/i;
const MILITARY =
  /\b(?:u\.?s\.?\s+|united states\s+)(?:army|navy|air force|marine corps|coast guard|space force)\b|\b(?:army|air) national guard\b|\bactive duty\b|\b(?:usmc|usaf|usn|uscg)\b/i;
const RANK =
  /\b(?:[EOW]-?\d\b|private|specialist|corporal|sergeant|staff sergeant|petty officer|chief petty officer|lieutenant|captain|major|colonel|airman|seaman|ensign)\b/i;
const CIVILIAN = /\bcivilian\b|\b(?:department|dept\.?) of the (?:army|navy|air force)\b/i;

/** What kind of employer a work entry's header names. */
export type EmployerKind = 'federal' | 'contractor' | 'military' | 'other';

/** Whether the header text names a federal agency (not a state one of the same name). */
export function namesFederalAgency(text: string): boolean {
  const department = DEPARTMENT.exec(text);
  if (department && department[1] === undefined) return true;
  return AGENCY.test(text) || ACRONYM.test(text) || US_PREFIX.test(text);
}

/**
 * Classifies a work entry from its header text. A pay plan in the header settles it as federal;
 * a contractor to an agency is a contractor; uniformed service is military unless it says
 * civilian.
 */
export function employerKind(header: string, hasPayPlan: boolean): EmployerKind {
  if (hasPayPlan) return 'federal';
  if (CONTRACTOR.test(header)) return 'contractor';
  if (MILITARY.test(header) && !CIVILIAN.test(header)) return 'military';
  if (RANK.test(header) && MILITARY.test(header)) return 'military';
  return namesFederalAgency(header) ? 'federal' : 'other';
}
