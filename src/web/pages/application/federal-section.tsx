import { Anchor, Select, Stack } from '@mantine/core';
import { errorMessage } from '../../api/api-error';
import {
  useFederalApplications,
  useSetUsajobsStatus,
  type FederalDetails,
  type UsajobsStatus,
} from '../../api/federal';
import { DetailItem } from '../../components/detail-item';
import { FormAlert } from '../../components/form-alert';
import { SectionCard } from '../../components/section-card';

const STATUSES: { value: UsajobsStatus; label: string }[] = [
  { value: 'received', label: 'Received' },
  { value: 'reviewing', label: 'Reviewing applications' },
  { value: 'referred', label: 'Referred' },
  { value: 'not_referred', label: 'Not referred' },
  { value: 'not_selected', label: 'Not selected' },
  { value: 'selected', label: 'Selected' },
  { value: 'cancelled', label: 'Announcement cancelled' },
];

function FederalDetailsCard({ federal }: { federal: FederalDetails }) {
  const setStatus = useSetUsajobsStatus(federal.applicationId);
  const grade =
    federal.payPlan && federal.series && federal.grade
      ? `${federal.payPlan}-${federal.series}-${federal.grade}`
      : null;
  const contact = federal.announcement?.contact;
  return (
    <SectionCard title="Federal">
      <Stack gap="xs">
        <Select
          label="USAJOBS status"
          placeholder="Not applied yet"
          data={STATUSES}
          value={federal.status}
          onChange={(value) => value && setStatus.mutate(value as UsajobsStatus)}
          disabled={setStatus.isPending}
          allowDeselect={false}
        />
        <FormAlert message={setStatus.error ? errorMessage(setStatus.error) : null} />
        <Stack gap="xs" component="dl" m={0}>
          {grade && <DetailItem label="Pay plan–series–grade">{grade}</DetailItem>}
          {(federal.agency || federal.department) && (
            <DetailItem label="Agency">
              {[federal.agency, federal.department].filter(Boolean).join(', ')}
            </DetailItem>
          )}
          {federal.announcementNumber && (
            <DetailItem label="Announcement">{federal.announcementNumber}</DetailItem>
          )}
          {federal.closeDate && (
            <DetailItem label="Open and closing dates">
              {federal.openDate ?? '—'} to {federal.closeDate}
            </DetailItem>
          )}
          {federal.whoMayApply && (
            <DetailItem label="Who may apply">{federal.whoMayApply}</DetailItem>
          )}
          {contact && (contact.name || contact.email) && (
            <DetailItem label="Contact">
              {contact.name}
              {contact.email && (
                <>
                  {contact.name ? ', ' : ''}
                  <Anchor href={`mailto:${contact.email}`} size="sm">
                    {contact.email}
                  </Anchor>
                </>
              )}
            </DetailItem>
          )}
        </Stack>
      </Stack>
    </SectionCard>
  );
}

/** For a federal application: its announcement and the USAJOBS status, which moves the stage. */
export function FederalSection({ applicationId }: { applicationId: string }) {
  const list = useFederalApplications();
  const federal = list.data?.find((f) => f.applicationId === applicationId);
  return federal ? <FederalDetailsCard federal={federal} /> : null;
}
