import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  port: number;
  /** Every mail received, parsed by mailparser, with the envelope recipients. */
  received: { raw: Buffer; mail: ParsedMail; to: string[] }[];
  /** Every sign-in attempt, accepted or not, with the password it carried. */
  logins: { username: string; password: string }[];
  close(): Promise<void>;
}

export interface TestSmtpServerOptions {
  user?: string;
  password?: string;
  /**
   * Called at each RCPT TO before it is answered: a test may hold the answer (a server slow to
   * reply) or throw an error with a `responseCode` to refuse it (451 for "try again later").
   */
  onRecipient?: (address: string) => Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 for tests: it requires a sign-in with `user`/`password`,
 * refuses recipients at refused.example with a 550, and keeps what it receives.
 */
export async function startSmtpServer({
  user = 'ana@example.com',
  password = 'app-password-1',
  onRecipient,
}: TestSmtpServerOptions = {}): Promise<TestSmtpServer> {
  const received: TestSmtpServer['received'] = [];
  const logins: TestSmtpServer['logins'] = [];
  const server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push({ username: auth.username ?? '', password: auth.password ?? '' });
      if (auth.username === user && auth.password === password) callback(null, { user });
      else
        callback(
          Object.assign(new Error('5.7.8 Username and Password not accepted'), {
            responseCode: 535,
          }),
        );
    },
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@refused.example')) {
        callback(Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 }));
      } else if (onRecipient) {
        onRecipient(address.address).then(() => callback(), callback);
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((mail) => {
            received.push({ raw, mail, to: session.envelope.rcptTo.map((r) => r.address) });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    logins,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
