import { Anchor, Table, Text } from '@mantine/core';
import { count } from '../../../core/words';
import type { PracticeCard } from '../../api/practice';
import { formatDay } from '../../lib/dates';

function when(card: PracticeCard): string {
  return card.isDue ? 'Due today' : formatDay(card.dueOn);
}

function practised(card: PracticeCard): string {
  return card.schedule.reps === 0
    ? 'Not practised yet'
    : `Practised ${count(card.schedule.reps, 'time')}`;
}

/**
 * Every card in the deck; choosing one practises it now, due or not. Two columns, with where a
 * question came up and how often it was practised under each: it reads on a phone without
 * scrolling sideways.
 */
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
    <Table verticalSpacing="xs" data-deck layout="fixed">
      <Table.Caption>Every question in your deck, the soonest due first</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Question</Table.Th>
          <Table.Th scope="col" w="8.5em">
            Next
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {cards.map((card) => {
          const places = [...new Set(card.sources.map((s) => s.company))].slice(0, 3).join(', ');
          return (
            <Table.Tr key={card.id} aria-current={card.id === current ? 'true' : undefined}>
              <Table.Th scope="row" fw={card.id === current ? 700 : 500}>
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => onChoose(card.id)}
                  ta="left"
                  size="sm"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {card.question}
                </Anchor>
                {places && (
                  <Text size="xs" c="dimmed" fw={400}>
                    Came up at {places}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>
                <Text size="sm" fw={card.isDue ? 700 : undefined}>
                  {when(card)}
                </Text>
                <Text size="xs" c="dimmed">
                  {practised(card)}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
