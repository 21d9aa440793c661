import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { useShareItem, type Sharing } from '../../api/sharing';
import { SectionCard } from '../../components/section-card';
import { formatDay } from '../../lib/dates';

type Item = Sharing['items'][number];

function hrefOf(item: Item): string | null {
  if (item.kind === 'draft') return `/messages/${item.id}`;
  return item.applicationId === null ? null : `/applications/${item.applicationId}#recovery`;
}

/** The reflections and drafts shared one by one, each with a way to take it back. */
export function SharedItems({ items }: { items: Item[] }) {
  const share = useShareItem();
  return (
    <SectionCard title="Shared one by one">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing shared on its own. Use <em>Share with my coach</em> on a reflection or a draft to
          share just that one.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => {
            const href = hrefOf(item);
            const kind = item.kind === 'reflection' ? 'Reflection' : 'Draft';
            return (
              <Group
                key={`${item.kind}-${item.id}`}
                component="li"
                justify="space-between"
                gap="xs"
              >
                <div>
                  <Text size="sm" fw={500}>
                    {kind}:{' '}
                    {href === null ? (
                      item.label
                    ) : (
                      <Anchor component={Link} to={href}>
                        {item.label}
                      </Anchor>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed">
                    Shared {formatDay(item.sharedAt)}
                  </Text>
                </div>
                <Button
                  size="xs"
                  variant="default"
                  disabled={share.isPending}
                  aria-label={`Stop sharing ${kind.toLowerCase()}: ${item.label}`}
                  onClick={() => share.mutate({ kind: item.kind, id: item.id, shared: false })}
                >
                  Stop sharing
                </Button>
              </Group>
            );
          })}
        </Stack>
      )}
      {share.isError && (
        <Text size="sm" c="red" role="alert" mt="xs">
          {errorMessage(share.error)}
        </Text>
      )}
    </SectionCard>
  );
}
