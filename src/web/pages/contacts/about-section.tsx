import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { Contact } from '../../api/contacts';
import { SectionCard } from '../../components/section-card';
import { RELATIONSHIP_LABELS } from '../../lib/labels';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** Who they are and how to reach them. */
export function AboutSection({ contact }: { contact: Contact }) {
  return (
    <SectionCard title="About">
      <Stack gap="xs" component="dl" m={0}>
        <Field label="Relationship">{RELATIONSHIP_LABELS[contact.relationship]}</Field>
        {contact.howMet && <Field label="How you met">{contact.howMet}</Field>}
        {contact.email && (
          <Field label="Email">
            <Anchor href={`mailto:${contact.email}`} size="sm">
              {contact.email}
            </Anchor>
          </Field>
        )}
        {contact.linkedinUrl && (
          <Field label="LinkedIn">
            <Anchor href={contact.linkedinUrl} target="_blank" rel="noreferrer noopener" size="sm">
              {contact.linkedinUrl.replace(/^https?:\/\/(www\.)?/, '')}
            </Anchor>
          </Field>
        )}
        {contact.phone && <Field label="Phone">{contact.phone}</Field>}
        {contact.tags.length > 0 && (
          <Field label="Tags">
            <Group gap={4} component="span">
              {contact.tags.map((tag) => (
                <Badge key={tag} variant="outline" color="gray" tt="none">
                  {tag}
                </Badge>
              ))}
            </Group>
          </Field>
        )}
        {contact.notes && (
          <Field label="Notes">
            <span style={{ whiteSpace: 'pre-wrap' }}>{contact.notes}</span>
          </Field>
        )}
      </Stack>
    </SectionCard>
  );
}
