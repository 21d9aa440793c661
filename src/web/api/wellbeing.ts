import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from './client';
import { practiceKeys } from './practice';

export type Letter = Schemas['Letter'];
export type LetterList = Schemas['LetterList'];
export type Win = Schemas['Win'];
export type Pace = Schemas['Pace'];
export type PacePatch = Schemas['PacePatch'];
export type NoteToSend = Schemas['NoteToSend'];

export const wellbeingKeys = {
  letters: ['letters'] as const,
  letterList: (applicationId: string | null) => ['letters', 'list', applicationId] as const,
  letter: (id: string) => ['letters', 'one', id] as const,
  fresh: ['letters', 'fresh'] as const,
  note: (applicationId: string) => ['note-to-send', applicationId] as const,
  wins: ['wins'] as const,
  winList: (applicationId: string | null, limit: number) =>
    ['wins', 'list', applicationId, limit] as const,
  pacing: ['pacing'] as const,
};

/** The user's letters (all, or about one application), with the rhythm and the prompts. */
export function useLetters(applicationId: string | null) {
  return useQuery({
    queryKey: wellbeingKeys.letterList(applicationId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/letters', {
          params: { query: applicationId ? { applicationId } : {} },
          signal,
        }),
      ),
  });
}

export function useLetter(id: string | null) {
  return useQuery({
    queryKey: wellbeingKeys.letter(id ?? ''),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/letters/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: id !== null,
  });
}

export function useFreshRejections() {
  return useQuery({
    queryKey: wellbeingKeys.fresh,
    queryFn: ({ signal }) => unwrap(api.GET('/letters/fresh-rejections', { signal })),
  });
}

export function useNoteToSend(applicationId: string | null) {
  return useQuery({
    queryKey: wellbeingKeys.note(applicationId ?? ''),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/applications/{id}/note-to-send', {
          params: { path: { id: applicationId ?? '' } },
          signal,
        }),
      ),
    enabled: applicationId !== null,
  });
}

function useLettersChanged() {
  const client = useQueryClient();
  return (letter?: Letter) => {
    if (letter) client.setQueryData(wellbeingKeys.letter(letter.id), letter);
    void client.invalidateQueries({ queryKey: wellbeingKeys.letters });
  };
}

export function useWriteLetter() {
  const changed = useLettersChanged();
  return useMutation({
    mutationFn: (body: Schemas['LetterInput']) => unwrap(api.POST('/letters', { body })),
    onSuccess: changed,
  });
}

export function useUpdateLetter(id: string) {
  const changed = useLettersChanged();
  return useMutation({
    mutationFn: (body: Schemas['LetterPatch']) =>
      unwrap(api.PATCH('/letters/{id}', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useDeleteLetter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await unwrap(api.DELETE('/letters/{id}', { params: { path: { id } } }));
      return id;
    },
    onSuccess: (id) => {
      client.removeQueries({ queryKey: wellbeingKeys.letter(id) });
      void client.invalidateQueries({ queryKey: wellbeingKeys.letters });
    },
  });
}

/** Wins, most recent first: all of them, or one application's. */
export function useWins(applicationId: string | null, limit = 50) {
  return useQuery({
    queryKey: wellbeingKeys.winList(applicationId, limit),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/wins', {
          params: { query: { limit, ...(applicationId ? { applicationId } : {}) } },
          signal,
        }),
      ),
  });
}

function useWinsChanged() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: wellbeingKeys.wins });
    void client.invalidateQueries({ queryKey: ['note-to-send'] });
  };
}

export function useAddWin() {
  const changed = useWinsChanged();
  return useMutation({
    mutationFn: (body: Schemas['WinInput']) => unwrap(api.POST('/wins', { body })),
    onSuccess: changed,
  });
}

export function useDeleteWin() {
  const changed = useWinsChanged();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/wins/{id}', { params: { path: { id } } })),
    onSuccess: changed,
  });
}

/** Makes (or finds) the practice card that tells a win's story. */
export function usePractiseWin() {
  const client = useQueryClient();
  const changed = useWinsChanged();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/wins/{id}/practice-card', { params: { path: { id } } })),
    onSuccess: () => {
      changed();
      void client.invalidateQueries({ queryKey: practiceKeys.all });
    },
  });
}

export function usePacing() {
  return useQuery({
    queryKey: wellbeingKeys.pacing,
    queryFn: ({ signal }) => unwrap(api.GET('/pacing', { signal })),
  });
}

export function useUpdatePacing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PacePatch) => unwrap(api.PATCH('/pacing', { body })),
    onSuccess: (pace) => client.setQueryData(wellbeingKeys.pacing, pace),
  });
}
