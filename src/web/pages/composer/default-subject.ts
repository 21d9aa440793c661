import type { MessageKind } from '../../../core/enums';

/** A plain subject line for an email of this kind, which the user can change. */
export function defaultSubject(kind: MessageKind, role: string | null): string {
  const about = role ? ` — ${role}` : '';
  switch (kind) {
    case 'thank_you':
      return `Thank you${about}`;
    case 'feedback_request':
      return `A question about my interview${about}`;
    case 'keep_in_touch':
      return 'Keeping in touch';
    case 'follow_up':
      return `Following up${about}`;
    case 'linkedin_note':
    case 'other':
      return '';
  }
}
