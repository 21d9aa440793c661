import { Anchor, Table, Text } from '@mantine/core';
import type { PracticeCard } from '../../api/practice';

function when(card: PracticeCard): string {
  if (card.isDue) return 'Due today';
  return `Next on ${new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${card.dueOn}T12:00:00Z`))}`;
}

/** Every card in the deck; choosing one practises it now, due or not. */
export function DeckList({
  cards,
  current,
  onChoose,
}: {
  cards: PracticeCard[];
  current: string | undefined;
  onChoose: (id: string) => void;
}) {
  if (cards.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Your deck is empty. When you note a question that tripped you up in a reflection, it becomes
        a card here.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" data-deck>
        <Table.Caption>Every question in your deck, the soonest due first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Question</Table.Th>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Practised</Table.Th>
            <Table.Th scope="col">Came up at</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cards.map((card) => (
            <Table.Tr key={card.id} aria-current={card.id === current ? 'true' : undefined}>
              <Table.Th scope="row" fw={card.id === current ? 700 : 500}>
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => onChoose(card.id)}
                  ta="left"
                  size="sm"
                >
                  {card.question}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Text size="sm" fw={card.isDue ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
                  {when(card)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {card.schedule.reps === 0 ? 'Not yet' : `${card.schedule.reps} times`}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {[...new Set(card.sources.map((s) => s.company))].slice(0, 3).join(', ') || '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
