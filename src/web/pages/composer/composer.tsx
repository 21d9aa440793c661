import { Grid, Group, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/api-error';
import type { Application, ApplicationDetail } from '../../api/applications';
import type { Contact } from '../../api/contacts';
import { useUpdateMessage, type Message, type MessagePatch } from '../../api/messages';
import type { AssembledCoachContext } from '../../api/coach';
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
import { saveText } from './save-text';
import { useAutosave } from './use-autosave';
import { createTextStore } from './text-store';
import { SentNotice } from './sent-notice';
import { useCoach } from './use-coach';
import { firstRoom } from './draft-rooms';
import { NamePrompt } from './name-prompt';
import { ScheduledNotice } from './scheduled-notice';
import { useSending } from './use-sending';
import { SharePanel } from './share-panel';
import { ShareWithCoach } from '../../components/share-with-coach';

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
  // Opened to write in a room (sharing an article): the cursor is already on it.
  const focusRoom = params.get('write') === 'room';
  useEffect(() => {
    if (focusRoom) editor.current?.focus();
  }, [focusRoom]);
  useStartingDraft(sources, taskId, (text) => {
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

  const sending = useSending({
    message,
    taskId,
    flush,
    current: () => ({ text: store.get(), recipient, channel }),
    check: checkText,
    findings,
    feeling: assembled?.feeling ?? null,
    reminderTime: settings?.reminderTime ?? null,
  });
  // A draft that ends on its sign-off ("Best wishes,") is signed once the name is known.
  const signDraft = (name: string) => {
    const text = store.get();
    if (/,[ \t]*$/.test(text)) editor.current?.setText(`${text.trimEnd()}\n${name}`);
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
                stepDone={sending.stepDone}
                emailedTo={sending.emailedTo}
                onUndo={() => sending.undo.mutate()}
                undoing={sending.undo.isPending}
                undoFailure={sending.undo.error ? errorMessage(sending.undo.error) : null}
              />
            )}
            {sending.undo.isSuccess && !sent && (
              <Text size="sm" c="dimmed" role="status" data-marked-not-sent>
                Marked not sent: it is a draft again
                {sending.undo.data.reopenedTasks.length > 0 ? ', and its step is open again' : ''}.
              </Text>
            )}
            <ScheduledNotice
              message={message}
              timeZone={settings?.timeZone}
              onCancel={() => sending.cancel.mutate()}
              cancelling={sending.cancel.isPending}
              cancelFailure={sending.cancel.error ? errorMessage(sending.cancel.error) : null}
            />
            {!sent && settings !== null && settings.userName === null && (
              <NamePrompt onSaved={signDraft} />
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
              attributes={{ input: { dir: 'auto' } }}
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
                attributes={{ input: { dir: 'auto' } }}
              />
            )}
            <div>
              <Text component="label" id="message-label" size="sm" fw={500} display="block" mb={4}>
                Message
              </Text>
              <CoachEditor
                ref={editor}
                initialText={initialText}
                initialSelection={sent ? null : firstRoom(initialText)}
                readOnly={sent}
                labelledBy="message-label"
                describedBy="message-counters"
                onChange={onChange}
                check={checkText}
                onFindings={onFindings}
              />
              <Group justify="space-between" mt={6} align="flex-start">
                <Text
                  size="xs"
                  c={saveState.status === 'failed' ? 'red' : 'dimmed'}
                  role="status"
                  data-save-state
                >
                  {saveText(saveState, sent)}
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
              onMarkSent={sending.record}
              onSend={sending.sendByEmail}
              sending={sending.sending}
              problemsFor={sending.problemsFor}
              later={sending.later}
              beforeLeaving={() => flush().catch(() => undefined)}
            />
            {!sent && <ShareWithCoach kind="draft" id={message.id} />}
            {sending.scheduleFailure && (
              <Text size="sm" c="red" role="alert" data-schedule-failure>
                Not scheduled: {sending.scheduleFailure}
              </Text>
            )}
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
          {!sent && message.contactId !== null && (
            <SharePanel
              messageId={message.id}
              contactId={message.contactId}
              applicationId={message.applicationId}
              text={store.get}
              setText={(text, room) => editor.current?.setText(text, room)}
            />
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
