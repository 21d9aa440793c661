import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateApplication } from './applications';
import { api, unwrap, type Schemas } from './client';
import { recoveryKeys } from './recovery';

type TaskAction =
  | { action: 'done'; id: string; body?: Schemas['TaskDone'] }
  | { action: 'skip' | 'reopen'; id: string }
  | { action: 'snooze'; id: string; until: string };

async function run(action: TaskAction) {
  const params = { params: { path: { id: action.id } } };
  switch (action.action) {
    case 'done':
      return unwrap(api.POST('/tasks/{id}/done', { ...params, body: action.body ?? {} }));
    case 'skip':
      return unwrap(api.POST('/tasks/{id}/skip', params));
    case 'reopen':
      return unwrap(api.POST('/tasks/{id}/reopen', params));
    case 'snooze':
      return (
        await unwrap(api.POST('/tasks/{id}/snooze', { ...params, body: { until: action.until } }))
      ).task;
  }
}

/**
 * Done, skip, snooze and reopen for a plan step. Today and the application's plan both show
 * steps, so both refresh afterwards.
 */
export function useTaskAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (step) => {
      void client.invalidateQueries({ queryKey: ['agenda'] });
      if (step.applicationId) {
        void client.invalidateQueries({ queryKey: recoveryKeys.plan(step.applicationId) });
        invalidateApplication(client, step.applicationId);
      }
    },
  });
}
