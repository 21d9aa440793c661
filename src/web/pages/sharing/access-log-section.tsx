import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { AccessLog } from '../../api/sharing';
import { SectionCard } from '../../components/section-card';
import { describeRead } from '../../lib/access-log-words';
import { formatDayTime } from '../../lib/dates';

/** Every read a coach made of the seeker's search, newest first. */
export function AccessLogSection({ entries }: { entries: AccessLog['items'] }) {
  return (
    <SectionCard title="Access log">
      <Text size="sm" mb="sm">
        Each time a coach reads something of yours, it is written here before they see it.
      </Text>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          No coach has read anything of yours yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table striped data-access-log>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Who</Table.Th>
                <Table.Th scope="col">What</Table.Th>
                <Table.Th scope="col">When</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => {
                const { what, href } = describeRead(entry);
                return (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{entry.accountName}</Table.Td>
                    <Table.Td>
                      {href === null ? (
                        what
                      ) : (
                        <Anchor component={Link} to={href}>
                          {what}
                        </Anchor>
                      )}
                    </Table.Td>
                    <Table.Td>{formatDayTime(entry.at)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
