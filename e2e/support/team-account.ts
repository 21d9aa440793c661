import { spawn } from 'node:child_process';

/**
 * Adds an account on the server as the README says, `rebound team add-account`, with the
 * password on standard input; fails with the command's output when it refuses.
 */
export async function addTeamAccount(
  env: Record<string, string>,
  account: { email: string; name: string; password: string; role?: 'seeker' | 'coach' | 'admin' },
): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      'bin/rebound',
      'team',
      'add-account',
      '--email',
      account.email,
      '--name',
      account.name,
      '--role',
      account.role ?? 'admin',
      '--password-stdin',
    ],
    { env: { ...process.env, REBOUND_MODE: 'team', ...env }, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stdin.end(`${account.password}\n`);
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`add-account failed (${String(code)}):\n${output}`);
}
