/** Closed vocabularies shared by the schemas, the storage layer and the UI. */
export const INTERVIEW_FORMATS = [
  'phone',
  'video',
  'onsite',
  'take_home',
  'panel',
  'technical',
  'other',
] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];

export const RELATIONSHIPS = [
  'recruiter',
  'hiring_manager',
  'interviewer',
  'referrer',
  'peer',
  'mentor',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const INTERACTION_CHANNELS = [
  'email',
  'linkedin',
  'call',
  'video',
  'meeting',
  'message',
  'article',
  'event',
  'other',
] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];

export const DIRECTIONS = ['outbound', 'inbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const REJECTION_CHANNELS = [
  'email',
  'phone',
  'video',
  'in_person',
  'portal',
  'automated',
  'other',
] as const;
export type RejectionChannel = (typeof REJECTION_CHANNELS)[number];

export const MESSAGE_KINDS = [
  'feedback_request',
  'thank_you',
  'keep_in_touch',
  'linkedin_note',
  'follow_up',
  'other',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const MESSAGE_CHANNELS = ['email', 'linkedin', 'other'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export const MESSAGE_STATUSES = ['draft', 'sent', 'replied'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const TASK_KINDS = [
  'reflect',
  'thank_you',
  'feedback_request',
  'linkedin_note',
  'keep_in_touch',
  'silver_medalist',
  'reapply',
  'watch_announcements',
  'tailor_resume',
  'gather_documents',
  'answer_essays',
  'submit_application',
  'follow_up',
  'custom',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ['open', 'done', 'skipped'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** LinkedIn plans, for the connection-note limit: 300 characters on paid plans, 200 on free. */
export const LINKEDIN_PLANS = ['free', 'paid'] as const;
export type LinkedinPlan = (typeof LINKEDIN_PLANS)[number];
