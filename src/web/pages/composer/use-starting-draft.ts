import { useEffect, useEffectEvent } from 'react';
import { fetchDraft } from '../../api/coach';
import type { ComposerSources } from './coach-context';
import { contactDraft } from './use-coach';

/**
 * For a new, empty draft: a starting text from the coach that names the person, recalls
 * something discussed, and leaves room marked for the user's own words. Built by the server
 * from the application's data, or here for a message to a contact alone.
 */
export function useStartingDraft(
  sources: ComposerSources,
  taskId: string | undefined,
  onDraft: (text: string) => void,
) {
  const deliver = useEffectEvent(onDraft);
  const build = useEffectEvent(() => contactDraft(sources));
  const { message } = sources;
  const wanted = message.status === 'draft' && message.body === '';
  useEffect(() => {
    if (!wanted) return undefined;
    let cancelled = false;
    if (message.applicationId) {
      fetchDraft({
        applicationId: message.applicationId,
        kind: message.kind,
        contactId: message.contactId,
        ...(taskId !== undefined && { taskId }),
      })
        .then((text) => !cancelled && deliver(text))
        // A draft is a help, not a need: without one the editor simply starts empty.
        .catch(() => undefined);
    } else {
      const text = build();
      if (text) deliver(text);
    }
    return () => {
      cancelled = true;
    };
  }, [wanted, message.id, message.applicationId, message.kind, message.contactId, taskId]);
}
