import { Alert, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconConfetti } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PRACTICE_RATINGS, type PracticeRating } from '../../../core/practice/card';
import { errorMessage } from '../../api/api-error';
import { usePracticeCards, useReviewCard, type PracticeCard } from '../../api/practice';
import { isTyping } from '../../app/shortcuts';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { DeckList } from './deck-list';
import { EditAnswerModal } from './edit-answer-modal';
import { FlipCard } from './flip-card';

/** Space flips the card, 1 to 4 rate it once flipped, e opens the answer. */
function usePracticeKeys(actions: {
  flip: () => void;
  rate: (rating: PracticeRating) => void;
  edit: () => void;
  flipped: boolean;
  active: boolean;
}) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!actions.active || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const rating = PRACTICE_RATINGS[Number(event.key) - 1];
      // On a button, Space and Enter press that button.
      const onButton = event.target instanceof HTMLButtonElement;
      if ((event.key === ' ' || event.key === 'Enter') && !onButton) {
        event.preventDefault();
        actions.flip();
      } else if (rating !== undefined && actions.flipped) {
        event.preventDefault();
        actions.rate(rating);
      } else if (event.key.toLowerCase() === 'e') {
        event.preventDefault();
        actions.edit();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });
}

/** A rating as the confirmation says it. */
const RATING_WORDS: Record<PracticeRating, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

function Session({ deck, due }: { deck: PracticeCard[]; due: PracticeCard[] }) {
  const [params, setParams] = useSearchParams();
  const chosen = params.get('card');
  const card = deck.find((c) => c.id === chosen) ?? due[0];
  // Which card is turned over: a new card always starts face up.
  const [flippedCard, setFlippedCard] = useState<string | null>(null);
  const flipped = card !== undefined && flippedCard === card.id;
  const [editing, edit] = useDisclosure(false);
  const review = useReviewCard();
  // What the last rating did, said where it can be seen and read out: the card changes at once.
  const [recorded, setRecorded] = useState<string | null>(null);
  const rate = (rating: PracticeRating) => {
    if (!card || review.isPending) return;
    setRecorded(null);
    const { question } = card;
    const back = card.next[rating].interval;
    review.mutate(
      { id: card.id, rating },
      {
        onSuccess: () => {
          setRecorded(
            `Recorded “${RATING_WORDS[rating]}” for “${question}”. It comes back in ${back}.`,
          );
          setParams({}, { replace: true });
        },
      },
    );
  };
  usePracticeKeys({
    flip: () => setFlippedCard(flipped ? null : (card?.id ?? null)),
    rate,
    edit: edit.open,
    flipped,
    active: card !== undefined && !editing,
  });
  const status = (
    <Text
      size="sm"
      role="status"
      aria-live="polite"
      data-rating-recorded
      fw={600}
      style={{ minHeight: '1.5em' }}
    >
      {recorded && (
        <IconCheck
          size={14}
          aria-hidden
          color="var(--mantine-color-teal-filled)"
          style={{ verticalAlign: -2, marginRight: 4 }}
        />
      )}
      {recorded}
    </Text>
  );
  if (!card) {
    return (
      <Stack gap="xs">
        {status}
        <Alert
          color="teal"
          icon={<IconConfetti aria-hidden />}
          title="All done for today"
          data-all-done
        >
          Nothing is due. The deck brings each question back just before you would forget it; choose
          any card below to practise it early.
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      {status}
      <Text size="sm" c="dimmed" aria-live="polite">
        {due.length === 0 ? 'Practising early' : `${due.length} due today`}
      </Text>
      <FlipCard
        card={card}
        flipped={flipped}
        rating={review.isPending}
        onFlip={() => setFlippedCard(card.id)}
        onRate={rate}
        onEdit={edit.open}
      />
      {review.isError && (
        <Alert color="red" role="alert">
          {errorMessage(review.error)}
        </Alert>
      )}
      {editing && <EditAnswerModal card={card} opened onClose={edit.close} />}
    </Stack>
  );
}

export default function PracticePage() {
  const deck = usePracticeCards('all');
  const [params, setParams] = useSearchParams();
  return (
    <Stack maw={880} gap="lg">
      <PageHeader
        title="Practice"
        description="The questions that tripped you up, with your better answer. Say it out loud, then rate how it went: each card comes back when it should."
      />
      <QueryState query={deck} what="your practice deck">
        {(page) => {
          const due = page.items.filter((c) => c.isDue);
          return (
            <Stack gap="xl">
              <Session deck={page.items} due={due} />
              <SectionCard title={`Your deck (${page.total})`} id="deck">
                <DeckList
                  cards={page.items}
                  current={params.get('card') ?? due[0]?.id}
                  onChoose={(id) => {
                    setParams({ card: id });
                    window.scrollTo({ top: 0 });
                  }}
                />
              </SectionCard>
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
