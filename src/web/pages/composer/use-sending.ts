import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { sentAtOnce, useSendMessage } from '../../api/mail';
import {
  useCancelScheduledSend,
  useMarkNotSent,
  useMarkSent,
  useScheduleSend,
  type Message,
} from '../../api/messages';
import type { Finding } from './coach-findings';
import type { LaterOffer } from './send-anyway';
import { offerLater, sendProblems, type SendAction } from './send-problems';

interface SendingOptions {
  message: Message;
  taskId: string | undefined;
  /** Saves what is typed; every way out sends what is saved. */
  flush: () => Promise<void>;
  /** The text, the recipient and the channel as they are now. */
  current: () => { text: string; recipient: string; channel: Message['channel'] };
  /** Checks the text now, so what is said before sending is never a keystroke behind. */
  check: (text: string) => readonly Finding[];
  /** What the coach shows, which decides whether to offer sending tomorrow. */
  findings: readonly Finding[];
  /** How the user said the news landed. */
  feeling: string | null;
  reminderTime: string | null;
}

/**
 * Everything the composer does to send: record it sent (and take that back), mail it now or
 * tomorrow at the reminder time (and call that off), and say what is wrong before it goes.
 */
export function useSending({
  message,
  taskId,
  flush,
  current,
  check,
  findings,
  feeling,
  reminderTime,
}: SendingOptions) {
  const markSent = useMarkSent(message.id);
  const markNotSent = useMarkNotSent(message.id);
  const send = useSendMessage(message.id);
  const schedule = useScheduleSend(message.id);
  const cancel = useCancelScheduledSend(message.id);
  const [scheduleFailure, setScheduleFailure] = useState<string | null>(null);
  const step = taskId !== undefined ? { taskId } : {};

  const problemsFor = (action: SendAction) => {
    const { text, recipient, channel } = current();
    return sendProblems({ action, text, recipient, channel, findings: check(text) });
  };

  const scheduleTomorrow = async () => {
    setScheduleFailure(null);
    try {
      await flush();
      await schedule.mutateAsync(step);
    } catch (error) {
      setScheduleFailure(errorMessage(error));
    }
  };
  const later: LaterOffer | null =
    message.status === 'draft' && message.scheduled === null && offerLater(findings, feeling)
      ? {
          label: `Send tomorrow at ${reminderTime ?? '09:00'}`,
          pending: schedule.isPending,
          onSchedule: scheduleTomorrow,
        }
      : null;

  return {
    problemsFor,
    later,
    scheduleFailure,
    /** Saves what is typed, then records the message as sent. */
    record: async () => {
      await flush();
      await markSent.mutateAsync(step);
    },
    /** The server sends the stored message, so what is typed is saved first. */
    sendByEmail: async () => {
      await flush();
      await send.mutateAsync(step);
    },
    sending: send.isPending,
    stepDone: (sentAtOnce(send.data) ? send.data : markSent.data)?.task != null,
    emailedTo: sentAtOnce(send.data) ? send.data.delivery.accepted : null,
    undo: markNotSent,
    cancel,
  };
}
