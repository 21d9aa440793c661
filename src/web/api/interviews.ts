import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateApplication } from './applications';
import { api, unwrap, type Schemas } from './client';
import { contactKeys } from './contacts';

export type Interview = Schemas['Interview'];
export type InterviewInput = Schemas['InterviewInput'];

export function useAddInterview(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InterviewInput) =>
      unwrap(
        api.POST('/applications/{id}/interviews', {
          params: { path: { id: applicationId } },
          body,
        }),
      ),
    onSuccess: () => {
      invalidateApplication(client, applicationId);
      void client.invalidateQueries({ queryKey: contactKeys.all });
    },
  });
}

export function useDeleteInterview(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/interviews/{id}', { params: { path: { id } } })),
    onSuccess: () => invalidateApplication(client, applicationId),
  });
}
