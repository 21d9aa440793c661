import { useCallback, useMemo } from 'react';
import {
  buildDraft,
  checkMessage,
  ruleSetFor,
  type CoachInput,
  type CoachSettings,
  type Finding,
} from '../../../core/coach';
import type { AssembledCoachContext } from '../../api/coach';
import { coachInputOf, type ComposerSources } from './coach-context';

/** The user's timing rules the coach applies, as the settings page shows them. */
function timingOf(sources: ComposerSources): CoachSettings {
  const rule = (id: string) => sources.settings?.rules.find((r) => r.id === id)?.value;
  const coolOffHours = rule('coolOffHours');
  const latestReplyDays = rule('latestReplyDays');
  return {
    timing: {
      ...(coolOffHours !== undefined && { coolOffHours }),
      ...(latestReplyDays !== undefined && { latestReplyDays }),
    },
  };
}

/**
 * The coach as the composer runs it: the pure `checkMessage` here in the browser, with the
 * context the server assembled for an application's message (or, for a message to a contact
 * alone, what the page knows), and the user's own timing rules. Each run is timed as
 * `rebound:coach` in the page's performance timeline, which the benchmark reads.
 */
export function useCoach(sources: ComposerSources, assembled: AssembledCoachContext | null) {
  const rules = useMemo(
    () => ruleSetFor(assembled ? assembled.settings : timingOf(sources)),
    [assembled, sources],
  );
  return useCallback(
    (text: string): readonly Finding[] => {
      const input: CoachInput = assembled
        ? {
            kind: sources.message.kind,
            text,
            context: { ...assembled.context, sentAt: new Date().toISOString() },
          }
        : coachInputOf(sources, text);
      const start = performance.now();
      const { findings } = checkMessage(input, { rules });
      performance.measure('rebound:coach', { start });
      return findings;
    },
    [assembled, rules, sources],
  );
}

/**
 * A starting draft for a message to a contact with no application, built here from what is
 * known of them (the server builds it when there is an application). Null without a name.
 */
export function contactDraft(sources: ComposerSources): string | null {
  const { contact, message } = sources;
  if (!contact) return null;
  const input = coachInputOf(sources, '');
  return buildDraft({
    kind: message.kind,
    company: contact.company ?? '',
    role: '',
    contactName: contact.name,
    facts: input.context?.facts ?? [],
    linkedinPlan: sources.linkedinPlan,
    otherCompanies: input.context?.otherCompanies ?? [],
  }).text;
}
