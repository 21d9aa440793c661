import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { invalidateApplication } from './applications';
import { api, unwrap, type Schemas } from './client';

export type RecoveryPlan = Schemas['RecoveryPlan'];
export type PlanStep = Schemas['PlanStep'];
export type RejectionInput = Schemas['RejectionInput'];
export type ReflectionInput = Schemas['ReflectionInput'];
export type Reflection = NonNullable<NonNullable<Schemas['Rejection']>['reflection']>;

export const recoveryKeys = {
  plan: (applicationId: string) => ['recovery', 'plan', applicationId] as const,
};

/** The recovery plan of a rejected application: who to write to and every dated step. */
export function useRecoveryPlan(applicationId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: recoveryKeys.plan(applicationId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/applications/{id}/plan', { params: { path: { id: applicationId } }, signal }),
      ),
  });
}

/** A write that returns the plan: it is stored as the new plan, and the rest refreshes. */
function planSaved(client: QueryClient, applicationId: string, plan: RecoveryPlan) {
  client.setQueryData(recoveryKeys.plan(applicationId), plan);
  invalidateApplication(client, applicationId);
  void client.invalidateQueries({ queryKey: ['contacts'] });
}

/** Records the rejection (or corrects it) and starts the recovery plan. */
export function useRecordRejection(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RejectionInput) =>
      unwrap(
        api.POST('/applications/{id}/rejection', { params: { path: { id: applicationId } }, body }),
      ),
    onSuccess: (plan) => planSaved(client, applicationId, plan),
  });
}

/** Saves some answers of the reflection; the others keep their value. */
export function useSaveReflection(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReflectionInput) =>
      unwrap(
        api.PATCH('/applications/{id}/reflection', {
          params: { path: { id: applicationId } },
          body,
        }),
      ),
    onSuccess: (plan) => planSaved(client, applicationId, plan),
  });
}

export function useRecordFeedback(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['FeedbackInput']) =>
      unwrap(
        api.POST('/applications/{id}/feedback', { params: { path: { id: applicationId } }, body }),
      ),
    onSuccess: (plan) => planSaved(client, applicationId, plan),
  });
}

/** Plans the open steps again, e.g. after adding the people met, or for a rejection with none. */
export function useReplan(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/applications/{id}/plan', { params: { path: { id: applicationId } } })),
    onSuccess: (plan) => planSaved(client, applicationId, plan),
  });
}
