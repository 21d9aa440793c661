/** What a message means for the search. */
export const MAIL_KINDS = ['rejection', 'interview', 'received', 'offer', 'other'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
