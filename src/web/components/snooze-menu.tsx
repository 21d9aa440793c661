import { Button, Group, Menu, Popover, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconClockPause } from '@tabler/icons-react';
import { useState } from 'react';
import { useToday } from '../lib/use-today';

interface SnoozeMenuProps {
  /** What is being snoozed, for the accessible name ("Snooze the thank-you to Helen"). */
  what: string;
  onSnooze: (until: string) => void;
  loading?: boolean;
  size?: 'xs' | 'sm';
}

/** Put something off: tomorrow, next week (Monday), or a day of your choosing. */
export function SnoozeMenu({ what, onSnooze, loading, size = 'xs' }: SnoozeMenuProps) {
  const [picking, picker] = useDisclosure(false);
  const [day, setDay] = useState('');
  const min = useToday();
  return (
    <Popover opened={picking} onChange={picker.set} position="bottom-end" trapFocus withArrow>
      <Menu position="bottom-end">
        <Menu.Target>
          <Popover.Target>
            <Button
              size={size}
              variant="default"
              leftSection={<IconClockPause size={14} aria-hidden />}
              loading={loading}
              aria-label={`Snooze ${what}`}
            >
              Snooze
            </Button>
          </Popover.Target>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => onSnooze('tomorrow')}>Tomorrow</Menu.Item>
          <Menu.Item onClick={() => onSnooze('next-week')}>Next week (Monday)</Menu.Item>
          <Menu.Item onClick={picker.open}>Pick a day…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Popover.Dropdown>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (day === '') return;
            picker.close();
            onSnooze(day);
          }}
        >
          <Stack gap="xs">
            <TextInput
              type="date"
              label="Snooze until"
              min={min}
              value={day}
              onChange={(event) => setDay(event.currentTarget.value)}
              required
              data-autofocus
            />
            <Group justify="flex-end" gap="xs">
              <Button size="xs" variant="subtle" onClick={picker.close}>
                Cancel
              </Button>
              <Button size="xs" type="submit" disabled={day === ''}>
                Snooze
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
