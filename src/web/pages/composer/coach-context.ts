import type { MessageKind } from '../../../core/enums';
import type { Application, ApplicationDetail } from '../../api/applications';
import type { Contact } from '../../api/contacts';
import type { Message } from '../../api/messages';
import type { LinkedinPlan } from '../../../core/enums';

/** What the coach is told about the situation, in the shape its input takes. */
export interface CoachInput {
  kind: MessageKind;
  text: string;
  context?: {
    company?: string;
    role?: string;
    contactName?: string;
    facts?: string[];
    otherCompanies?: string[];
    previousMessages?: {
      text: string;
      to?: string;
      company?: string;
      kind?: MessageKind;
      sentAt?: string;
    }[];
    rejectedAt?: string;
    sentAt?: string;
    linkedinPlan?: LinkedinPlan;
  };
}

export interface ComposerSources {
  message: Message;
  detail: ApplicationDetail | null;
  contact: Contact | null;
  applications: readonly Application[];
  sentMessages: readonly Message[];
  linkedinPlan: LinkedinPlan;
  now: Date;
}

/**
 * Everything Rebound knows that makes a message personal or risky: who it is to, what was
 * talked about with them, the other companies (a copy-paste slip names one), earlier messages
 * (a reused text), and when the rejection came.
 */
export function coachInputOf(sources: ComposerSources, text: string): CoachInput {
  const { message, detail, contact } = sources;
  const companyOf = new Map(sources.applications.map((a) => [a.id, a.company]));
  const company = detail?.application.company ?? contact?.company ?? undefined;
  const interviews = detail?.interviews ?? [];
  const withThem = contact ? interviews.filter((i) => i.contactIds.includes(contact.id)) : [];
  const facts = [...(withThem.length > 0 ? withThem : interviews).flatMap((i) => i.topics)];
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
      sentAt: sources.now.toISOString(),
      linkedinPlan: sources.linkedinPlan,
    },
  };
}
