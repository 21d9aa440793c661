import { NativeSelect, Stack, Switch, Text } from '@mantine/core';
import { errorMessage } from '../../api/api-error';
import { useDigestPreferences, useSetDigestPreferences } from '../../api/digests';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';

const USUAL = 'usual';
const HOURS = Array.from({ length: 24 }, (_, hour) => ({
  value: String(hour),
  label: `${String(hour).padStart(2, '0')}:00`,
}));

/**
 * The daily digest email of a seeker or a coach: on or off, and the hour it comes at in their
 * time zone; saved on change. `usual` says what the hour is when none is chosen, `zone` which
 * time zone the hours are in.
 */
export function DigestSection({ usual, zone }: { usual: string; zone: string }) {
  const preferences = useDigestPreferences();
  const save = useSetDigestPreferences();
  return (
    <SectionCard title="Daily digest" id="digest">
      <QueryState query={preferences} what="your digest settings">
        {(current) => (
          <Stack gap="sm">
            <Text size="sm">
              On a day with something to tell you, Rebound emails you a short digest. Every one has
              a link to stop them.
            </Text>
            <Switch
              label="Email me a daily digest"
              checked={current.enabled}
              onChange={(event) =>
                save.mutate({ enabled: event.currentTarget.checked, hour: current.hour })
              }
              disabled={save.isPending}
            />
            {/* A native list: it opens where the control is on a long page, on every device. */}
            <NativeSelect
              label="When it comes"
              description={zone}
              data={[{ value: USUAL, label: usual }, ...HOURS]}
              value={current.hour === null ? USUAL : String(current.hour)}
              onChange={(event) => {
                const value = event.currentTarget.value;
                save.mutate({
                  enabled: current.enabled,
                  hour: value === USUAL ? null : Number(value),
                });
              }}
              disabled={!current.enabled || save.isPending}
              w={{ base: '100%', xs: 320 }}
              error={save.isError ? errorMessage(save.error) : undefined}
            />
            <Text size="sm" role="status" c="dimmed" data-testid="digest-status">
              {save.isSuccess &&
                (current.enabled ? 'Saved: your digest comes at that time.' : 'Digests are off.')}
            </Text>
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
