import { Anchor, Button, Group, Text } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconCheck, IconCopy, IconDownload, IconMail, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../../api/api-error';
import { canSendMail, useMailSettings } from '../../api/mail';
import { LaterButton, type LaterOffer } from './send-anyway';
import { SendByEmail, SetUpSendingLink, type SendFailure } from './send-by-email';
import { emlFileName, mailtoHref, type OutgoingMessage } from './send-formats';
import type { SendAction, SendProblem } from './send-problems';
import { useIsEmpty, type TextStore } from './text-store';
import { useSendGuard } from './use-send-guard';

interface SendActionsProps {
  messageId: string;
  store: TextStore;
  /** The message as it stands, read when an action is taken rather than on every keystroke. */
  outgoing: () => OutgoingMessage;
  channel: 'email' | 'linkedin' | 'other';
  kind: string;
  company: string | null;
  sent: boolean;
  /** Saves what is typed, then records the message as sent. */
  onMarkSent: () => Promise<void>;
  /** Saves what is typed, then sends it through the user's mail account. */
  onSend: () => Promise<void>;
  sending: boolean;
  /** What to say before the message leaves this way, read when an action is taken. */
  problemsFor: (action: SendAction) => readonly SendProblem[];
  /** "Send tomorrow at 09:00", offered when the message or the day suggests it. */
  later: LaterOffer | null;
  /** Called before the text leaves the app, to save it first. */
  beforeLeaving: () => Promise<void>;
}

/**
 * Saves a file the server writes, under a name a person recognises (the server's own name is
 * the message id). Fetched first, so a failure can be said in words instead of a broken file.
 */
async function download(href: string, fileName: string) {
  const response = await fetch(href);
  if (!response.ok)
    throw ApiError.fromBody(await response.json().catch(() => null), response.status);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Ways to send. With a mail account set up, "Send" mails it from Rebound (after asking), or
 * "Send tomorrow" sets it to go after a night. Or copy it, hand it to the mail app, or save an
 * .eml (written by the server, with the threading headers of earlier mail to the person); then
 * "Mark as sent" records it and completes the step. Whichever way it leaves, a message with
 * something to fix, an empty room or nobody to go to first asks "Send anyway?".
 */
export function SendActions({
  messageId,
  store,
  outgoing,
  channel,
  kind,
  company,
  sent,
  onMarkSent,
  onSend,
  sending,
  problemsFor,
  later,
  beforeLeaving,
}: SendActionsProps) {
  const mail = useMailSettings();
  const [sendFailure, setSendFailure] = useState<SendFailure | null>(null);
  const email = channel === 'email' && !sent;
  const canSend = email && canSendMail(mail.data);
  const clipboard = useClipboard({ timeout: 2000 });
  const [marking, setMarking] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const empty = useIsEmpty(store);
  const { guard, dialog } = useSendGuard(problemsFor, canSend ? later : null);

  const saveEml = async () => {
    // The server writes the file from the saved message, so what is typed is saved first.
    setSaving(true);
    setFailure(null);
    try {
      await beforeLeaving();
      await download(`/api/messages/${messageId}/eml`, emlFileName(kind, company));
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const markSent = async () => {
    setFailure(null);
    setMarking(true);
    try {
      await onMarkSent();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setMarking(false);
    }
  };

  return (
    <div>
      <Group gap="xs" wrap="wrap">
        {canSend && (
          <SendByEmail
            to={outgoing().to ?? ''}
            subject={outgoing().subject ?? ''}
            from={mail.data?.from ?? null}
            problems={() => problemsFor('send')}
            later={later}
            disabled={empty || marking}
            pending={sending}
            onSend={onSend}
            onFailure={setSendFailure}
          />
        )}
        <Button
          variant="default"
          leftSection={
            clipboard.copied ? (
              <IconCheck size={16} aria-hidden />
            ) : (
              <IconCopy size={16} aria-hidden />
            )
          }
          onClick={() => guard('copy', 'Copy', () => clipboard.copy(outgoing().body))}
          disabled={empty}
          aria-keyshortcuts="Control+Enter"
          data-action="copy"
        >
          {clipboard.copied ? 'Copied' : 'Copy'}
        </Button>
        {channel === 'email' && (
          <>
            <Button
              component="a"
              href="mailto:"
              variant="default"
              leftSection={<IconMail size={16} aria-hidden />}
              onClick={(event: React.MouseEvent<HTMLAnchorElement>) => {
                // The link is filled in as it is followed, with the text as it is now; with
                // something to say first, it is followed only once the user says so.
                const href = mailtoHref(outgoing());
                event.currentTarget.href = href;
                const asking = problemsFor('mailto').length > 0;
                if (asking) event.preventDefault();
                guard('mailto', 'Open in mail app', () => {
                  void beforeLeaving();
                  if (asking) window.location.href = href;
                });
              }}
              data-disabled={empty || undefined}
              data-action="mailto"
            >
              Open in mail app
            </Button>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => guard('eml', 'Download .eml', () => void saveEml())}
              loading={saving}
              disabled={empty}
              data-action="eml"
            >
              Download .eml
            </Button>
          </>
        )}
        {!sent && (
          <Button
            variant={canSend ? 'default' : 'filled'}
            leftSection={canSend ? undefined : <IconSend size={16} aria-hidden />}
            onClick={() => guard('mark-sent', 'Mark as sent', () => void markSent())}
            loading={marking}
            disabled={empty || sending}
            data-action="mark-sent"
          >
            Mark as sent
          </Button>
        )}
        {canSend && later && <LaterButton later={later} />}
      </Group>
      {dialog}
      {email && mail.data?.source === 'none' && <SetUpSendingLink />}
      {sendFailure && (
        <Text size="sm" c="red" role="alert" mt="xs" data-send-failure>
          Not sent; the message is still a draft. {sendFailure.text}
          {sendFailure.aboutSettings && (
            <>
              {' '}
              <Anchor component={Link} to="/settings#mail" size="sm">
                Check the mail settings
              </Anchor>
            </>
          )}
        </Text>
      )}
      {clipboard.error && (
        <Text size="sm" c="red" role="alert" mt="xs">
          The browser did not allow copying. Select the text and copy it with Ctrl+C.
        </Text>
      )}
      {failure && (
        <Text size="sm" c="red" role="alert" mt="xs">
          {failure}
        </Text>
      )}
    </div>
  );
}
