import { Stack, Text } from '@mantine/core';
import { useCoachNotes } from '../../api/team';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { NoteCard } from '../caseload/notes-section';

/** What a seeker's coach left for them: notes and suggestions, newest first. */
export default function CoachNotesPage() {
  const notes = useCoachNotes();
  return (
    <Stack maw={760}>
      <PageHeader
        title="From your coach"
        description="Notes and suggestions your coach left for you. Your coach sees your applications, plans and Today, never your reflections, feelings or messages."
      />
      <QueryState query={notes} what="your coach’s notes">
        {({ items }) =>
          items.length === 0 ? (
            <Text c="dimmed">Nothing yet. When your coach leaves a note, it appears here.</Text>
          ) : (
            <Stack gap="sm">
              {items.map((note) => (
                <NoteCard note={note} key={note.id} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
