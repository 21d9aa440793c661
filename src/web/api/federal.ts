import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { agendaKeys } from './agenda';
import { api, unwrap, type Schemas } from './client';

export type FederalFinding = Schemas['FederalFinding'];
export type ResumeCheckReport = Schemas['FederalResumeCheckReport'];
export type FederalDocument = Schemas['FederalDetails']['attachedDocuments'][number];

export const federalKeys = {
  all: ['federal'] as const,
  applications: ['federal', 'applications'] as const,
  profile: ['federal', 'profile'] as const,
};

/** A federal application's details as the list returns them. */
export type FederalDetails = NonNullable<ReturnType<typeof useFederalApplications>['data']>[number];

/** Every federal application, to pick an announcement from. */
export function useFederalApplications() {
  return useQuery({
    queryKey: federalKeys.applications,
    queryFn: ({ signal }) => unwrap(api.GET('/federal/applications', { signal })),
  });
}

/** Whether the résumé builder has the user's experience yet. */
export function useFederalProfile() {
  return useQuery({
    queryKey: federalKeys.profile,
    queryFn: ({ signal }) => unwrap(api.GET('/federal/profile', { signal })),
  });
}

/** Adds a federal application from an announcement's text, page or Search API JSON. */
export function useImportAnnouncement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => unwrap(api.POST('/federal/applications', { body: { text } })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: federalKeys.all });
      void client.invalidateQueries({ queryKey: ['applications'] });
      void client.invalidateQueries({ queryKey: agendaKeys.all });
    },
  });
}

/** Reads a file as base64 for the JSON body. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface CheckRequest {
  file: File;
  applicationId: string | null;
  attachedDocuments: FederalDocument[];
}

/** Checks a résumé file, against the chosen application's announcement when there is one. */
export function useCheckResume() {
  return useMutation({
    mutationFn: async ({ file, applicationId, attachedDocuments }: CheckRequest) =>
      unwrap(
        api.POST('/federal/check', {
          body: {
            file: { name: file.name, contentBase64: await fileToBase64(file) },
            ...(applicationId !== null && { applicationId }),
            attachedDocuments,
          },
        }),
      ),
  });
}

/** Builds the résumé and hands it to the browser as a download. */
export function useBuildResume() {
  return useMutation({
    mutationFn: async ({
      format,
      applicationId,
    }: {
      format: 'pdf' | 'docx';
      applicationId: string | null;
    }) => {
      const built = await unwrap(
        api.POST('/federal/resume', {
          body: { format, ...(applicationId !== null && { applicationId }) },
        }),
      );
      const bytes = Uint8Array.from(atob(built.contentBase64), (ch) => ch.charCodeAt(0));
      const type =
        format === 'pdf'
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      const url = URL.createObjectURL(new Blob([bytes], { type }));
      const link = document.createElement('a');
      link.href = url;
      link.download = built.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return built;
    },
  });
}

export type UsajobsStatus = NonNullable<FederalDetails['status']>;

/** Records the status USAJOBS shows; the application, its plan and Today follow. */
export function useSetUsajobsStatus(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (status: UsajobsStatus) =>
      unwrap(
        api.POST('/applications/{id}/federal/status', {
          params: { path: { id: applicationId } },
          body: { status },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: federalKeys.all });
      void client.invalidateQueries({ queryKey: ['applications'] });
      void client.invalidateQueries({ queryKey: ['recovery'] });
      void client.invalidateQueries({ queryKey: agendaKeys.all });
    },
  });
}
