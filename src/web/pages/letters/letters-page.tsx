import {
  Anchor,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useApplicationDetail } from '../../api/applications';
import { useLetter, useLetters, type Letter } from '../../api/wellbeing';
import { PageHeader } from '../../components/page-header';
import { LetterEditor } from './letter-editor';
import { LetterGuide } from './letter-guide';
import { NoteToSend } from './note-to-send';

function beginning(letter: Letter) {
  const line = letter.body.trim().split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function EarlierLetters({
  letters,
  current,
  onOpen,
}: {
  letters: Letter[];
  current: string | null;
  onOpen: (id: string) => void;
}) {
  if (letters.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="letters-earlier">
      <Title order={2} size="h4" id="letters-earlier" mb="xs">
        Your letters
      </Title>
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {letters.map((letter) => (
          <li key={letter.id}>
            <UnstyledButton
              onClick={() => onOpen(letter.id)}
              aria-current={letter.id === current ? 'true' : undefined}
              p={4}
              w="100%"
            >
              <Text size="sm" fw={letter.id === current ? 700 : 500}>
                {new Date(letter.createdAt).toLocaleDateString()}
              </Text>
              <Text size="sm" c="dimmed" lineClamp={1}>
                {beginning(letter)}
              </Text>
            </UnstyledButton>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}

/** The letter you won't send: write it out, privately, then turn to the note you will send. */
export default function LettersPage() {
  const [params, setParams] = useSearchParams();
  const applicationId = params.get('application');
  const letterId = params.get('letter');
  const list = useLetters(applicationId);
  const letter = useLetter(letterId);
  const detail = useApplicationDetail(applicationId ?? '', applicationId !== null);
  const company = detail.data?.application.company;

  const go = (next: { letter?: string | null }) => {
    const search = new URLSearchParams();
    if (applicationId) search.set('application', applicationId);
    if (next.letter) search.set('letter', next.letter);
    setParams(search, { replace: true });
  };
  const ready = letterId === null || letter.isSuccess;

  return (
    <Stack maw={1100} gap="md">
      <PageHeader
        above={
          applicationId && company ? (
            <Anchor
              component={Link}
              to={`/applications/${applicationId}`}
              size="sm"
              w="fit-content"
            >
              <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: -2 }} /> {company}
            </Anchor>
          ) : undefined
        }
        title="The letter you won’t send"
        description={
          company
            ? `About ${company}. Write what you feel, exactly as you feel it.`
            : 'Write what you feel, exactly as you feel it.'
        }
        actions={
          letterId && (
            <Button variant="light" onClick={() => go({ letter: null })}>
              New letter
            </Button>
          )
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            {ready ? (
              <LetterEditor
                key={letterId ?? 'new'}
                letter={letterId ? (letter.data ?? null) : null}
                applicationId={applicationId}
                onSaved={(saved) => go({ letter: saved.id })}
                onDeleted={() => go({ letter: null })}
              />
            ) : letter.isError ? (
              <Text role="alert">This letter is not here any more.</Text>
            ) : (
              <Text c="dimmed">Opening your letter…</Text>
            )}
            {applicationId && <NoteToSend applicationId={applicationId} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <LetterGuide list={list.data} />
            <EarlierLetters
              letters={list.data?.items ?? []}
              current={letterId}
              onOpen={(id) => go({ letter: id })}
            />
            {applicationId && (
              <Group>
                <Anchor component={Link} to="/letters" size="sm">
                  All your letters
                </Anchor>
              </Group>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
