import { Button, CopyButton, Group, Modal, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarPlus, IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react';
import { errorMessage } from '../../api/api-error';
import { useCalendarFeed, useRotateCalendarFeed } from '../../api/settings';
import { SectionCard } from '../../components/section-card';

/** The private calendar feed: every open step as a calendar entry, in any calendar app. */
export function CalendarSection() {
  const feed = useCalendarFeed();
  const rotate = useRotateCalendarFeed();
  const [confirming, confirm] = useDisclosure(false);
  return (
    <SectionCard title="Calendar feed" id="calendar">
      <Stack gap="sm">
        <Text size="sm">
          Subscribe to this address in Google Calendar, Outlook, Apple Calendar or Thunderbird and
          every open step appears on its day. Keep it private: anyone with it can read your plan.
        </Text>
        {feed.isPending ? (
          <Skeleton h={36} />
        ) : feed.isError ? (
          <Text size="sm" c="red" role="alert">
            {errorMessage(feed.error)}
          </Text>
        ) : (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              label="Feed address"
              value={feed.data.url}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
              style={{ flex: '1 1 320px' }}
              data-feed-url
            />
            <CopyButton value={feed.data.url}>
              {({ copied, copy }) => (
                <Button
                  variant="default"
                  onClick={copy}
                  leftSection={
                    copied ? (
                      <IconCheck size={16} aria-hidden />
                    ) : (
                      <IconCopy size={16} aria-hidden />
                    )
                  }
                >
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
            <Button
              component="a"
              href={feed.data.webcalUrl}
              variant="default"
              leftSection={<IconCalendarPlus size={16} aria-hidden />}
            >
              Open in calendar app
            </Button>
          </Group>
        )}
        <Group>
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={confirm.open}
          >
            Replace the address
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={confirm.close} title="Replace the feed address?">
        <Text size="sm">
          Calendars subscribed to the current address stop updating. Use this if the address was
          shared by mistake, then subscribe again with the new one.
        </Text>
        {rotate.isError && (
          <Text size="sm" c="red" role="alert" mt="sm">
            {errorMessage(rotate.error)}
          </Text>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="subtle" onClick={confirm.close}>
            Keep it
          </Button>
          <Button
            color="red"
            loading={rotate.isPending}
            onClick={() => rotate.mutate(undefined, { onSuccess: confirm.close })}
          >
            Replace
          </Button>
        </Group>
      </Modal>
    </SectionCard>
  );
}
