import { useState } from 'react';
import { SendAnyway, type LaterOffer } from './send-anyway';
import type { SendAction, SendProblem } from './send-problems';

interface Pending {
  label: string;
  problems: readonly SendProblem[];
  perform: () => void;
}

/**
 * Asks before a message with problems leaves: `guard` runs the action at once when there is
 * nothing to say, and otherwise opens "Send anyway?" naming the problems, running it only when
 * the user says so. `dialog` is the element to render.
 */
export function useSendGuard(
  problemsFor: (action: SendAction) => readonly SendProblem[],
  later: LaterOffer | null,
) {
  const [pending, setPending] = useState<Pending | null>(null);
  const guard = (action: SendAction, label: string, perform: () => void) => {
    const problems = problemsFor(action);
    if (problems.length === 0) perform();
    else setPending({ label, problems, perform });
  };
  const dialog = (
    <SendAnyway
      opened={pending !== null}
      actionLabel={pending?.label ?? ''}
      problems={pending?.problems ?? []}
      later={
        later && {
          ...later,
          onSchedule: async () => {
            await later.onSchedule();
            setPending(null);
          },
        }
      }
      onConfirm={() => pending?.perform()}
      onClose={() => setPending(null)}
    />
  );
  return { guard, dialog };
}
