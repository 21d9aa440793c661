import type { AnnouncementContact } from '../federal/announcement';
import type { FederalOutcome } from '../federal/federal-application';
import { FEDERAL_TIMING, sourceNote } from '../federal/federal-timing';
import type { CalendarDay } from '../dates';

/** What a federal "no" plan needs to know about the announcement. */
export interface FederalPlanFacts {
  outcome: FederalOutcome;
  positionTitle: string;
  agency: string | null;
  /** The pay plan, e.g. GS. */
  payPlan: string | null;
  series: string | null;
  grade: string | null;
  contact: AnnouncementContact | null;
  /** Other saved announcements in the same series and grade. */
  similar: { positionTitle: string; agency: string | null; closeDate: CalendarDay | null }[];
}

/** The reflection for a federal "no": what each outcome means and where to look. */
export function federalReflectText(facts: FederalPlanFacts): string {
  return facts.outcome === 'not_referred'
    ? 'Reflect while it is fresh. “Not referred” means HR did not send your résumé to the hiring manager: it did not find enough of the specialized experience, or ranked others higher. Check the résumé against the announcement (on the Federal page, or with bin/rebound federal check): its specialized-experience words under the job where you did the work, month-and-year dates and hours per week for every job, two pages.'
    : 'Reflect while it is fresh. “Not selected” means HR found you qualified and referred you; the hiring manager chose someone else. That is a strong sign for the next announcement in this series and grade.';
}

function contactWords(contact: AnnouncementContact | null): string {
  if (!contact) return 'the contact named on the announcement';
  const reach = [contact.email, contact.phone].filter(Boolean).join(', ');
  return `${contact.name ?? 'the announcement’s contact'}${reach ? ` (${reach})` : ''}`;
}

/** The one question worth asking after a federal "no", to the announcement's HR contact. */
export function federalAskText(facts: FederalPlanFacts): string {
  const ask =
    facts.outcome === 'not_referred'
      ? 'whether you were rated qualified and, if not, which requirement your résumé did not show'
      : 'whether there is anything in your application they would suggest you strengthen';
  return `Ask ${contactWords(facts.contact)} once, briefly, ${ask}. Federal panels rarely give individual feedback; expect a short answer about eligibility or none at all, and take either calmly. ${FEDERAL_TIMING.askContact.reason}${sourceNote(FEDERAL_TIMING.askContact)}.`;
}

/** Where to look for the next announcement like this one. */
export function federalWatchText(facts: FederalPlanFacts): string {
  const plan = facts.payPlan ?? 'GS';
  const grade = facts.grade ? `-${facts.grade}` : '';
  const target = facts.series
    ? `${plan}-${facts.series}${grade} announcements (job series ${facts.series}${facts.grade ? `, grade ${facts.grade}` : ''})`
    : `announcements like ${facts.positionTitle}`;
  const saved =
    facts.similar.length > 0
      ? ` You already saved: ${facts.similar
          .map(
            (s) =>
              `${s.positionTitle} (${[s.agency, s.closeDate && `closes ${s.closeDate}`].filter(Boolean).join(', ') || 'saved'})`,
          )
          .join('; ')}.`
      : '';
  return `Watch USAJOBS for ${target}: search by that job series and grade and save the search so new announcements come to you; a thank-you to a panel you never met is not needed.${saved} ${FEDERAL_TIMING.watch.reason}${sourceNote(FEDERAL_TIMING.watch)}.`;
}
