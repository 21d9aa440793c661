import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runRebound } from '../../../test/cli';
import { messageInputSchema } from '../../core/message';
import { resolveConfig } from '../../runtime/config';
import { openWorkspace } from '../../runtime/open-workspace';
import { createMessage } from '../../use-cases/messages';

let dir: string;
let data: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-cli-'));
  data = path.join(dir, 'data');
});

/** An account that is set up; scheduling checks that one is, and sends nothing now. */
const withAccount = {
  env: {
    REBOUND_SMTP_URL: 'smtp://ana%40example.com:app-password-1@127.0.0.1:2525',
    REBOUND_SMTP_FROM: 'Ana Díaz <ana@example.com>',
  },
};
const rebound = (args: string[], options: Parameters<typeof runRebound>[1] = {}) =>
  runRebound(['--data', data, ...args], options);

/** A draft in the data folder, written through the use case (the CLI has no composer). */
async function draft(): Promise<string> {
  const workspace = await openWorkspace(resolveConfig({ dataDir: data }));
  try {
    const message = await createMessage(
      workspace.deps,
      messageInputSchema.parse({
        kind: 'thank_you',
        recipient: 'zoe@example.com',
        subject: 'Tack så mycket',
        body: 'Hej Zoë!',
      }),
    );
    return message.id;
  } finally {
    await workspace.close();
  }
}

describe('rebound sent, send --later and scheduled', () => {
  it('marks a message sent and, with --undo, not sent', async () => {
    const id = await draft();
    const sent = await rebound(['sent', id]);
    expect(sent.stderr).toBe('');
    expect(sent.stdout).toBe(
      `Recorded ${id} as sent.\nSent it by mistake? rebound sent ${id} --undo\n`,
    );
    const undone = await rebound(['sent', id, '--undo']);
    expect(undone.stdout).toBe(`Marked not sent: ${id} is a draft again.\n`);
    const again = await rebound(['sent', id, '--undo']);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('rebound: This message is not marked as sent.\n');
    const bad = await rebound(['sent', id, '--at', 'yesterday']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^rebound: --at: must be a (real )?date or date-time/);
  });

  it('schedules a send for tomorrow at the reminder time, lists it and cancels it', async () => {
    await rebound(['settings', '--time-zone', 'Europe/London', '--reminder-time', '08:30']);
    const id = await draft();
    const scheduled = await rebound(['send', id, '--later'], withAccount);
    expect(scheduled.stderr).toBe('');
    expect(scheduled.stdout).toMatch(
      new RegExp(
        `^Scheduled "Tack så mycket" to zoe@example\\.com for \\w{3} \\d{1,2} \\w{3}, 08:30 \\(Europe/London\\)\\.\\nIt goes while Rebound runs`,
      ),
    );
    const listed = await rebound(['scheduled']);
    expect(listed.stdout).toMatch(
      new RegExp(
        `^Scheduled \\(they go while Rebound runs, or when it next starts\\):\\n${id}  "Tack så mycket" to zoe@example\\.com\\n  goes \\w{3} \\d{1,2} \\w{3}, 08:30\\n$`,
      ),
    );
    const json = JSON.parse((await rebound(['scheduled', '--json'])).stdout);
    expect(json.scheduled[0]).toMatchObject({ id, scheduled: { newThread: false } });
    expect((await rebound(['send', id, '--cancel'])).stdout).toBe(
      `Cancelled: ${id} will not be sent; it stays a draft.\n`,
    );
    expect((await rebound(['scheduled'])).stdout).toBe('Nothing is scheduled to be sent.\n');
    const past = await rebound(['send', id, '--at', '2020-01-01T09:00:00Z'], withAccount);
    expect(past.code).toBe(1);
    expect(past.stderr).toBe('rebound: --at: must be in the future\n');
  });

  it('refuses to schedule without a mail account, saying how to set one up', async () => {
    const id = await draft();
    const refused = await rebound(['send', id, '--later']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Sending email is not set up yet/);
    expect((await rebound(['scheduled'])).stdout).toBe('Nothing is scheduled to be sent.\n');
  });
});
