import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/page-header';
import { DataSection } from './data-section';

export default function SettingsPage() {
  return (
    <Stack maw={760} gap="md">
      <PageHeader title="Settings" description="How Rebound times things for you, and your data." />
      <DataSection />
    </Stack>
  );
}
