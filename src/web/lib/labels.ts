import type {
  Direction,
  InteractionChannel,
  InterviewFormat,
  RejectionChannel,
  Relationship,
  TaskKind,
} from '../../core/enums';

/** How the closed vocabularies read on screen. */
export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  interviewer: 'Interviewer',
  referrer: 'Referrer',
  peer: 'Peer',
  mentor: 'Mentor',
  other: 'Other',
};

export const CHANNEL_LABELS: Record<InteractionChannel, string> = {
  email: 'Email',
  linkedin: 'LinkedIn',
  call: 'Call',
  video: 'Video call',
  meeting: 'Meeting',
  message: 'Message',
  article: 'Shared an article',
  event: 'Event',
  other: 'Other',
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  outbound: 'I reached out',
  inbound: 'They reached out',
};

export const FORMAT_LABELS: Record<InterviewFormat, string> = {
  phone: 'Phone',
  video: 'Video',
  onsite: 'On-site',
  take_home: 'Take-home',
  panel: 'Panel',
  technical: 'Technical',
  other: 'Other',
};

export const REJECTION_CHANNEL_LABELS: Record<RejectionChannel, string> = {
  email: 'Email from a person',
  phone: 'Phone call',
  video: 'Video call',
  in_person: 'In person',
  portal: 'Application portal',
  automated: 'Automated email (no person involved)',
  other: 'Other',
};

export const TASK_KIND_LABELS: Record<TaskKind, string> = {
  reflect: 'Reflect on the interview',
  thank_you: 'Send a thank-you note',
  feedback_request: 'Ask for feedback',
  linkedin_note: 'Connect on LinkedIn',
  keep_in_touch: 'Keep in touch',
  silver_medalist: 'Check back in',
  reapply: 'Consider re-applying',
  watch_announcements: 'Watch for similar announcements',
  tailor_resume: 'Tailor your federal résumé',
  gather_documents: 'Gather the required documents',
  answer_essays: 'Answer the essay questions',
  submit_application: 'Submit on USAJOBS',
  follow_up: 'Follow up',
  custom: 'To do',
};

/** Options for a select from a label table, in the table's order. */
export function optionsOf<K extends string>(labels: Record<K, string>) {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}

/** The roles of a team installation, as people call them. */
export const ROLE_LABELS: Record<'seeker' | 'coach' | 'admin', string> = {
  seeker: 'Job seeker',
  coach: 'Coach',
  admin: 'Admin',
};
