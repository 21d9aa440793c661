import ICAL from 'ical.js';

/** A vCard as ical.js (Mozilla's iCalendar and vCard parser) reads it: the independent check. */
export interface OracleCard {
  version: string;
  fn: string;
  n: string[];
  org: string;
  title: string | null;
  emails: { value: string; pref: string | null }[];
  tels: string[];
  urls: string[];
  note: string | null;
  categories: string[];
  howMet: string | null;
}

const str = (value: unknown) => (value === null || value === undefined ? null : String(value));

/** Parses a .vcf file with ical.js into plain values. */
export function readWithIcal(text: string): OracleCard[] {
  const parsed = ICAL.parse(text) as unknown[];
  const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]) as ConstructorParameters<
    typeof ICAL.Component
  >[0][];
  return cards.map((jcard) => {
    const card = new ICAL.Component(jcard);
    const values = (name: string) =>
      card.getAllProperties(name).flatMap((p) => p.getValues().map((v) => String(v)));
    const n = card.getFirstPropertyValue('n');
    const org = card.getFirstProperty('org')?.getValues() ?? [];
    return {
      version: String(card.getFirstPropertyValue('version')),
      fn: String(card.getFirstPropertyValue('fn')),
      n: Array.isArray(n) ? n.map(String) : [],
      org: org.map(String).join(';'),
      title: str(card.getFirstPropertyValue('title')),
      emails: card.getAllProperties('email').map((p) => ({
        value: String(p.getFirstValue()),
        pref: str(p.getParameter('pref')),
      })),
      tels: values('tel'),
      urls: values('url'),
      note: str(card.getFirstPropertyValue('note')),
      categories: values('categories'),
      howMet: str(card.getFirstPropertyValue('x-rebound-how-met')),
    };
  });
}
