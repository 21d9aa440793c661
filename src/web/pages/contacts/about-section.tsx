import { Anchor, Badge, Group, Stack } from '@mantine/core';
import type { Contact } from '../../api/contacts';
import { SectionCard } from '../../components/section-card';
import { RELATIONSHIP_LABELS } from '../../lib/labels';
import { DetailItem } from '../../components/detail-item';

/** Who they are and how to reach them. */
export function AboutSection({ contact }: { contact: Contact }) {
  return (
    <SectionCard title="About">
      <Stack gap="xs" component="dl" m={0}>
        <DetailItem label="Relationship">{RELATIONSHIP_LABELS[contact.relationship]}</DetailItem>
        {contact.howMet && <DetailItem label="How you met">{contact.howMet}</DetailItem>}
        {contact.email && (
          <DetailItem label="Email">
            <Anchor href={`mailto:${contact.email}`} size="sm">
              {contact.email}
            </Anchor>
          </DetailItem>
        )}
        {contact.linkedinUrl && (
          <DetailItem label="LinkedIn">
            <Anchor href={contact.linkedinUrl} target="_blank" rel="noreferrer noopener" size="sm">
              {contact.linkedinUrl.replace(/^https?:\/\/(www\.)?/, '')}
            </Anchor>
          </DetailItem>
        )}
        {contact.phone && <DetailItem label="Phone">{contact.phone}</DetailItem>}
        {contact.tags.length > 0 && (
          <DetailItem label="Tags">
            <Group gap={4} component="span">
              {contact.tags.map((tag) => (
                <Badge key={tag} variant="outline" color="gray" tt="none">
                  {tag}
                </Badge>
              ))}
            </Group>
          </DetailItem>
        )}
        {contact.notes && (
          <DetailItem label="Notes">
            <span style={{ whiteSpace: 'pre-wrap' }}>{contact.notes}</span>
          </DetailItem>
        )}
      </Stack>
    </SectionCard>
  );
}
