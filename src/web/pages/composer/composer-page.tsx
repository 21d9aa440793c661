import { Anchor } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { MESSAGE_KIND_LABELS } from '../../../core/message';
import { useApplicationDetail, useApplications } from '../../api/applications';
import { useCoachContext } from '../../api/coach';
import { useContactDetail } from '../../api/contacts';
import { useMessage, useSentMessages } from '../../api/messages';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { Composer } from './composer';

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export default function ComposerPage() {
  const { id = '' } = useParams();
  const message = useMessage(id);
  const applicationId = message.data?.applicationId ?? '';
  const contactId = message.data?.contactId ?? '';
  const detail = useApplicationDetail(applicationId, applicationId !== '');
  // A message with no application still has its person; read them directly then.
  const contact = useContactDetail(contactId, contactId !== '' && applicationId === '');
  const applications = useApplications();
  const sent = useSentMessages();
  const coach = useCoachContext(
    message.data?.applicationId
      ? {
          applicationId: message.data.applicationId,
          kind: message.data.kind,
          contactId: message.data.contactId,
          messageId: message.data.id,
        }
      : null,
  );
  // Without the server's context the coach still runs, on what the page itself knows.
  const coachReady = applicationId === '' || !coach.isPending;
  const contextReady =
    coachReady &&
    (applicationId === '' || detail.isSuccess) &&
    (contactId === '' || applicationId !== '' || contact.isSuccess);

  return (
    <QueryState query={message} what="this message">
      {(data) => {
        const person =
          detail.data?.contacts.find((c) => c.id === data.contactId) ??
          contact.data?.contact ??
          null;
        const back = data.applicationId
          ? {
              to: `/applications/${data.applicationId}`,
              label: detail.data?.application.company ?? 'Application',
            }
          : person
            ? { to: `/contacts/${person.id}`, label: person.name }
            : { to: '/', label: 'Today' };
        return (
          <>
            <PageHeader
              above={
                <Anchor component={Link} to={back.to} size="sm" w="fit-content">
                  <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: -2 }} /> {back.label}
                </Anchor>
              }
              title={capitalize(MESSAGE_KIND_LABELS[data.kind])}
              description={[
                person ? `To ${person.name}` : null,
                detail.data
                  ? `${detail.data.application.company}, ${detail.data.application.role}`
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            />
            {contextReady ? (
              <Composer
                key={data.id}
                message={data}
                detail={detail.data ?? null}
                contact={person}
                applications={applications.data ?? []}
                sentMessages={sent.data?.items ?? []}
                assembled={coach.data ?? null}
              />
            ) : detail.isError ? (
              <QueryState query={detail} what="the application">
                {() => null}
              </QueryState>
            ) : (
              <QueryState query={contact} what="who this message is for">
                {() => null}
              </QueryState>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
