import { useCallback, useEffect, useMemo } from 'react';
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

const WARM_UP_TEXT =
  'Hi Sam,\n\nThank you for the conversation about the depot rota and for telling me yourself. ' +
  'I was sorry to hear the news, but I understand. Could you share one thing I could do better ' +
  'next time? I would value your view.\n\nBest wishes,\nAlex';
let warmed = false;

/**
 * Runs the coach a few times while the browser is idle, once per page load: its first checks
 * compile its patterns and leave the engine cold, and the first pause in typing should not pay
 * for that.
 */
function warmUpWhenIdle() {
  if (warmed) return;
  warmed = true;
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
  let left = 5;
  const step = () => {
    checkMessage({
      kind: 'feedback_request',
      text: WARM_UP_TEXT,
      context: { contactName: 'Sam Lee', company: 'Northwind', facts: ['depot rota'] },
    });
    left -= 1;
    if (left > 0) idle(step);
  };
  idle(step);
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
  useEffect(warmUpWhenIdle, []);
  return useCallback(
    (text: string): readonly Finding[] => {
      // A message that went is judged as of when it went, not as if it were going now.
      const sentAt = sources.message.sentAt ?? new Date().toISOString();
      const input: CoachInput = assembled
        ? { kind: sources.message.kind, text, context: { ...assembled.context, sentAt } }
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
    userName: sources.settings?.userName ?? undefined,
    linkedinPlan: sources.linkedinPlan,
    otherCompanies: input.context?.otherCompanies ?? [],
  }).text;
}
