import { Button, Group, List, Stack, Text } from '@mantine/core';
import { errorMessage } from '../../api/api-error';
import { useBuildResume, useFederalProfile } from '../../api/federal';
import { FormAlert } from '../../components/form-alert';
import { SectionCard } from '../../components/section-card';

/** Builds a two-page résumé from the saved experience, tailored to the chosen announcement. */
export function BuildSection({ applicationId }: { applicationId: string | null }) {
  const profile = useFederalProfile();
  const build = useBuildResume();
  return (
    <SectionCard title="Build a federal résumé">
      <Stack gap="sm">
        {profile.data ? (
          <>
            <Text size="sm">
              From the experience you saved for {profile.data.name}
              {applicationId ? ', tailored to the announcement chosen above' : ''}: two pages at
              most, the announcement’s specialized experience first.
            </Text>
            <Group gap="sm">
              {(['pdf', 'docx'] as const).map((format) => (
                <Button
                  key={format}
                  variant={format === 'pdf' ? 'filled' : 'light'}
                  loading={build.isPending && build.variables?.format === format}
                  onClick={() => build.mutate({ format, applicationId })}
                >
                  Download {format === 'pdf' ? 'PDF' : 'Word'}
                </Button>
              ))}
            </Group>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Save your experience once with <code>bin/rebound federal profile FILE</code> (or{' '}
            <code>PUT /api/federal/profile</code>); the builder reuses it for every announcement.
          </Text>
        )}
        <FormAlert message={build.error ? errorMessage(build.error) : null} />
        {build.data && build.data.leftOut.length > 0 && (
          <Stack gap={4}>
            <Text size="sm">Left out to fit two pages:</Text>
            <List size="sm">
              {build.data.leftOut.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}
