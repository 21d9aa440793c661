import { Group, Kbd, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { SHORTCUT_GROUPS } from './shortcuts';

export function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="lg">
      <Stack gap="lg">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} aria-labelledby={`shortcuts-${group.title}`}>
            <Title order={3} size="h5" mb="xs" id={`shortcuts-${group.title}`}>
              {group.title}
            </Title>
            <Table verticalSpacing={6}>
              <Table.Tbody>
                {group.shortcuts.map((shortcut) => (
                  <Table.Tr key={shortcut.label}>
                    <Table.Td w={140}>
                      <Group gap={4} wrap="nowrap">
                        {shortcut.keys.map((key, index) => (
                          <Kbd key={`${key}-${index}`}>{key}</Kbd>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{shortcut.label}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        ))}
      </Stack>
    </Modal>
  );
}
