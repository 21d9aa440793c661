import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';

export interface TestImapServer {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Appends raw messages to a folder over IMAP, as a mail server delivering them. */
  deliver(folder: string, raws: readonly string[]): Promise<void>;
  /** Deletes and re-creates a folder, so it gets a new UIDVALIDITY. */
  recreate(folder: string): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A system account's ids, from /etc/passwd. */
function systemUser(name: string): { uid: number; gid: number } {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${name}:`));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined)
    throw new Error(`no ${name} user: is dovecot installed?`);
  return { uid: Number(uid), gid: Number(gid) };
}

const DOVECOT = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'].find((p) => fs.existsSync(p));

function waitForPort(port: number, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) {
        reject(
          new Error(
            `dovecot exited (${child.exitCode}): ${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''}`,
          ),
        );
        return;
      }
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error('dovecot did not start listening'));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * A real IMAP server for tests: Debian's dovecot, started on a free 127.0.0.1 port with a
 * throwaway configuration and Maildir, one user with a plain password, no TLS (loopback only).
 */
export async function startImapServer({
  user = 'ana@example.com',
  password = 'imap-app-password',
} = {}): Promise<TestImapServer> {
  if (!DOVECOT) throw new Error('dovecot is not installed: apt-get install dovecot-imapd');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-imap-'));
  const port = await freePort();
  // Dovecot never delivers mail as root: as root, the mail belongs to dovecot's own user.
  const root = (process.getuid?.() ?? 0) === 0;
  const owner = root
    ? systemUser('dovecot')
    : { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
  const { uid, gid } = owner;
  fs.chmodSync(dir, 0o755);
  for (const sub of ['mail', 'home']) {
    fs.mkdirSync(path.join(dir, sub));
    fs.chownSync(path.join(dir, sub), uid, gid);
  }
  const me = os.userInfo().username;
  const log = path.join(dir, 'dovecot.log');
  fs.writeFileSync(path.join(dir, 'passwd'), `${user}:{PLAIN}${password}\n`);
  const internalUser = root ? 'dovecot' : me;
  const loginUser = root ? 'dovenull' : me;
  fs.writeFileSync(
    path.join(dir, 'dovecot.conf'),
    `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${log}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${internalUser}
default_login_user = ${loginUser}
first_valid_uid = 0
mail_location = maildir:${dir}/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${dir}/home/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`,
  );
  const child = spawn(DOVECOT, ['-F', '-c', path.join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  await waitForPort(port, child, log);
  const connect = async () => {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      auth: { user, pass: password },
      logger: false,
    });
    await client.connect();
    return client;
  };
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    async deliver(folder, raws) {
      const client = await connect();
      try {
        if (folder !== 'INBOX') await client.mailboxCreate(folder).catch(() => undefined);
        for (const raw of raws) await client.append(folder, raw);
      } finally {
        await client.logout();
      }
    },
    async recreate(folder) {
      const client = await connect();
      try {
        await client.mailboxDelete(folder);
        await client.mailboxCreate(folder);
      } finally {
        await client.logout();
      }
    },
    async stop() {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
