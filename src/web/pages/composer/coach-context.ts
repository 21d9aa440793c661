import type { CoachInput } from '../../../core/coach';
import type { LinkedinPlan } from '../../../core/enums';
import type { Application, ApplicationDetail } from '../../api/applications';
import type { Contact } from '../../api/contacts';
import type { Message } from '../../api/messages';
import type { Settings } from '../../api/settings';

export interface ComposerSources {
  message: Message;
  detail: ApplicationDetail | null;
  contact: Contact | null;
  applications: readonly Application[];
  sentMessages: readonly Message[];
  linkedinPlan: LinkedinPlan;
  /** The user's settings, whose timing rules the coach applies. */
  settings: Settings | null;
  now: Date;
}

/**
 * The coach's context for a message to a contact with no application (the server assembles it
 * when there is one): who it is to, how you met and what you noted about them, the other
 * companies (a copy-paste slip names one) and earlier messages (a reused text).
 */
export function coachInputOf(sources: ComposerSources, text: string): CoachInput {
  const { message, detail, contact } = sources;
  const companyOf = new Map(sources.applications.map((a) => [a.id, a.company]));
  const company = detail?.application.company ?? contact?.company ?? undefined;
  const interviews = detail?.interviews ?? [];
  const withThem = contact ? interviews.filter((i) => i.contactIds.includes(contact.id)) : [];
  const facts = [
    ...(withThem.length > 0 ? withThem : interviews).flatMap((i) => i.topics),
    ...(contact?.howMet ? [contact.howMet] : []),
    ...(contact?.notes ?? '')
      .split(/\n|;/)
      .map((n) => n.trim())
      .filter((n) => n.length > 2),
  ];
  const otherCompanies = [
    ...new Set(
      sources.applications
        .map((a) => a.company)
        .filter((name) => company === undefined || name.toLowerCase() !== company.toLowerCase()),
    ),
  ];
  return {
    kind: message.kind,
    text,
    context: {
      ...(company !== undefined && { company }),
      ...(detail && { role: detail.application.role }),
      ...(contact && { contactName: contact.name }),
      facts: [...new Set(facts)],
      otherCompanies,
      previousMessages: sources.sentMessages
        .filter((m) => m.id !== message.id && m.body.trim() !== '')
        .map((m) => ({
          text: m.body,
          kind: m.kind,
          ...(m.recipient && { to: m.recipient }),
          ...(m.applicationId &&
            companyOf.has(m.applicationId) && {
              company: companyOf.get(m.applicationId),
            }),
          ...(m.sentAt && { sentAt: m.sentAt }),
        })),
      ...(detail?.rejection && { rejectedAt: detail.rejection.rejectedOn }),
      ...(sources.settings && { timeZone: sources.settings.timeZone }),
      sentAt: message.sentAt ?? sources.now.toISOString(),
      linkedinPlan: sources.linkedinPlan,
    },
  };
}
