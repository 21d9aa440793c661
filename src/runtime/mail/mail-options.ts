import type Mail from 'nodemailer/lib/mailer';
import type { OutgoingMail } from '../../use-cases/mail/mail-port';

/** Rebound's email as nodemailer's message options; nodemailer encodes UTF-8 names and text. */
export function mailOptionsOf(mail: OutgoingMail): Mail.Options {
  return {
    ...(mail.from && { from: { name: mail.from.name ?? '', address: mail.from.address } }),
    ...(mail.to && { to: { name: mail.to.name ?? '', address: mail.to.address } }),
    subject: mail.subject,
    text: mail.text,
    messageId: mail.messageId,
    date: mail.date,
    ...(mail.inReplyTo !== null && { inReplyTo: mail.inReplyTo }),
    ...(mail.references.length > 0 && { references: mail.references }),
    // Outlook opens a message marked unsent as a draft to edit and send; others ignore it.
    ...(mail.draft && { headers: { 'X-Unsent': '1' } }),
    ...(mail.headers && { headers: { ...mail.headers, ...(mail.draft && { 'X-Unsent': '1' }) } }),
  };
}

/** The email as an RFC 5322 .eml file that Thunderbird, Outlook and Apple Mail open. */
export async function composeEml(mail: OutgoingMail): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded when first needed: most commands never touch mail, and every command pays for its imports.
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  const message = new MailComposer(mailOptionsOf(mail)).compile();
  return new Uint8Array(await message.build());
}
