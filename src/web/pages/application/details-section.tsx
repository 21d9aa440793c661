import { Anchor, Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import type { Application } from '../../api/applications';
import { SectionCard } from '../../components/section-card';
import { formatDay } from '../../lib/dates';
import { EditDetailsModal } from './edit-details-modal';
import { DetailItem } from '../../components/detail-item';

function salaryOf(a: Application): string | null {
  if (a.salaryMin === null && a.salaryMax === null) return null;
  const format = (n: number) =>
    new Intl.NumberFormat(undefined, {
      style: a.salaryCurrency ? 'currency' : 'decimal',
      ...(a.salaryCurrency && { currency: a.salaryCurrency }),
      maximumFractionDigits: 0,
    }).format(n);
  if (a.salaryMin !== null && a.salaryMax !== null)
    return `${format(a.salaryMin)} – ${format(a.salaryMax)}`;
  return format((a.salaryMin ?? a.salaryMax) as number);
}

export function DetailsSection({ application }: { application: Application }) {
  const [opened, modal] = useDisclosure(false);
  const salary = salaryOf(application);
  return (
    <SectionCard
      title="Details"
      actions={
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconPencil size={14} aria-hidden />}
          onClick={modal.open}
        >
          Edit
        </Button>
      }
    >
      <Stack gap="xs" component="dl" m={0}>
        {application.link && (
          <DetailItem label="Posting">
            <Anchor href={application.link} target="_blank" rel="noreferrer noopener" size="sm">
              {application.link.replace(/^https?:\/\//, '')}
            </Anchor>
          </DetailItem>
        )}
        {application.location && <DetailItem label="Location">{application.location}</DetailItem>}
        {application.source && <DetailItem label="Source">{application.source}</DetailItem>}
        {salary && <DetailItem label="Salary">{salary}</DetailItem>}
        <DetailItem label="Added">{formatDay(application.createdAt)}</DetailItem>
      </Stack>
      {opened && (
        <EditDetailsModal application={application} opened={opened} onClose={modal.close} />
      )}
    </SectionCard>
  );
}
