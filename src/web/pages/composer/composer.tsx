import { Grid, Group, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/api-error';
import type { Application, ApplicationDetail } from '../../api/applications';
import type { Contact } from '../../api/contacts';
import { useMarkSent, useUpdateMessage, type Message, type MessagePatch } from '../../api/messages';
import type { AssembledCoachContext } from '../../api/coach';
import { useSendMessage } from '../../api/mail';
import { useSettings } from '../../api/settings';
import { useStartingDraft } from './use-starting-draft';
import { CoachEditor, type CoachEditorHandle } from './coach-editor';
import type { Finding } from './coach-findings';
import { defaultSubject } from './default-subject';
import { FindingsPanel } from './findings-panel';
import { LearnedPanel } from './learned-panel';
import { MessageCounters } from './message-counters';
import { characterLimit } from './message-stats';
import { SendActions } from './send-actions';
import { useAutosave } from './use-autosave';
import { createTextStore } from './text-store';
import { SentNotice } from './sent-notice';
import { useCoach } from './use-coach';
import { firstRoom } from './draft-rooms';

interface ComposerProps {
  message: Message;
  detail: ApplicationDetail | null;
  contact: Contact | null;
  applications: readonly Application[];
  sentMessages: readonly Message[];
  /** The coach's context as the server assembled it, for a message about an application. */
  assembled: AssembledCoachContext | null;
}

type Channel = Message['channel'];

/** Write one message with the coach reading along, then send it your way and record it. */
export function Composer({
  message,
  detail,
  contact,
  applications,
  sentMessages,
  assembled,
}: ComposerProps) {
  const [params] = useSearchParams();
  const taskId = params.get('task') ?? undefined;
  const fromLetter = params.get('from') === 'letter';
  const update = useUpdateMessage(message.id);
  const markSent = useMarkSent(message.id);
  const send = useSendMessage(message.id);
  const editor = useRef<CoachEditorHandle>(null);
  const {
    queue,
    flush,
    state: saveState,
  } = useAutosave<MessagePatch>((patch) => update.mutateAsync(patch));
  const [channel, setChannel] = useState<Channel>(message.channel);
  const [recipient, setRecipient] = useState(message.recipient ?? '');
  const [subject, setSubject] = useState(
    message.subject ?? defaultSubject(message.kind, detail?.application.role ?? null),
  );
  const sent = message.status !== 'draft';
  const settings = useSettings().data ?? null;
  const linkedinPlan = assembled?.context.linkedinPlan ?? settings?.linkedinPlan ?? 'free';
  const limit = characterLimit(message.kind, channel, linkedinPlan);
  const sources = useMemo(
    () => ({
      message,
      detail,
      contact,
      applications,
      sentMessages,
      linkedinPlan,
      settings,
      now: new Date(),
    }),
    [message, detail, contact, applications, sentMessages, linkedinPlan, settings],
  );
  const [initialText] = useState(message.body);
  const [store] = useState(() => createTextStore(initialText));
  const [findings, setFindings] = useState<readonly Finding[]>([]);
  const [checkedText, setCheckedText] = useState(initialText);
  const checkText = useCoach(sources, assembled);
  // A suggested subject is saved like a typed one, so the .eml and the mail app carry it.
  const saveSuggestedSubject = useEffectEvent(() => {
    if (!sent && message.subject === null && subject !== '') queue({ subject });
  });
  useEffect(() => saveSuggestedSubject(), []);
  useStartingDraft(sources, (text) => {
    // Only into an empty editor: anything the user typed meanwhile stays.
    if (store.get() === '') editor.current?.setText(text, firstRoom(text));
  });
  const onFindings = useCallback((found: readonly Finding[], text: string) => {
    setFindings(found);
    setCheckedText(text);
  }, []);
  const onChange = useCallback(
    (text: string) => {
      store.set(text);
      queue({ body: text });
    },
    [queue, store],
  );

  const copyShortcut = () => void navigator.clipboard?.writeText(store.get());
  useHotkeys([['mod+Enter', copyShortcut]], [], true);

  const record = async () => {
    await flush();
    await markSent.mutateAsync({ ...(taskId !== undefined && { taskId }) });
  };
  // The server sends the stored message, so what is typed is saved first.
  const sendByEmail = async () => {
    await flush();
    await send.mutateAsync({ ...(taskId !== undefined && { taskId }) });
  };

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            {sent && (
              <SentNotice
                message={message}
                contact={contact}
                detail={detail}
                stepDone={(send.data ?? markSent.data)?.task != null}
                emailedTo={send.data?.delivery.accepted ?? null}
              />
            )}
            <SegmentedControl
              value={channel}
              onChange={(value) => {
                setChannel(value as Channel);
                queue({ channel: value as Channel });
              }}
              data={[
                { value: 'email', label: 'Email' },
                { value: 'linkedin', label: 'LinkedIn' },
                { value: 'other', label: 'Other' },
              ]}
              disabled={sent}
              aria-label="Channel"
              w="fit-content"
            />
            <TextInput
              label={channel === 'email' ? 'To' : 'To (name)'}
              value={recipient}
              onChange={(event) => {
                setRecipient(event.currentTarget.value);
                queue({ recipient: event.currentTarget.value || null });
              }}
              readOnly={sent}
              type={channel === 'email' ? 'email' : 'text'}
            />
            {channel === 'email' && (
              <TextInput
                label="Subject"
                value={subject}
                onChange={(event) => {
                  setSubject(event.currentTarget.value);
                  queue({ subject: event.currentTarget.value || null });
                }}
                readOnly={sent}
              />
            )}
            <div>
              <Text component="label" id="message-label" size="sm" fw={500} display="block" mb={4}>
                Message
              </Text>
              <CoachEditor
                ref={editor}
                initialText={initialText}
                initialSelection={null}
                readOnly={sent}
                labelledBy="message-label"
                describedBy="message-counters"
                onChange={onChange}
                check={checkText}
                onFindings={onFindings}
              />
              <Group justify="space-between" mt={6} align="flex-start">
                <Text size="xs" c={saveState.status === 'failed' ? 'red' : 'dimmed'} role="status">
                  {saveState.status === 'saving'
                    ? 'Saving…'
                    : saveState.status === 'saved'
                      ? 'Draft saved'
                      : saveState.status === 'failed'
                        ? `Not saved: ${errorMessage(saveState.error)}`
                        : ''}
                </Text>
                <div style={{ flex: 1, maxWidth: 360 }}>
                  <MessageCounters
                    store={store}
                    limit={limit}
                    limitLabel={limit === null ? undefined : `${linkedinPlan} LinkedIn plan`}
                  />
                </div>
              </Group>
            </div>
            <SendActions
              messageId={message.id}
              store={store}
              outgoing={() => ({
                to: recipient || null,
                subject: channel === 'email' ? subject : null,
                body: store.get(),
              })}
              channel={channel}
              kind={message.kind}
              company={detail?.application.company ?? contact?.company ?? null}
              sent={sent}
              onMarkSent={record}
              onSend={sendByEmail}
              sending={send.isPending}
              coachErrors={findings.filter((f) => f.severity === 'error').length}
              beforeLeaving={() => flush().catch(() => undefined)}
            />
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="md">
          {fromLetter && message.applicationId && (
            <LearnedPanel applicationId={message.applicationId} />
          )}
          <FindingsPanel
            findings={findings}
            text={checkedText}
            onSelect={(finding) => editor.current?.select(finding.start, finding.end)}
          />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
