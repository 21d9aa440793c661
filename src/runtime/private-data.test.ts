import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reboundOn } from '../../test/cli';
import { contactInput } from '../../test/factories';
import { createContact } from '../use-cases/contacts';
import { backupsDir, createBackup } from './backups';
import { resolveConfig } from './config';
import { SMTP_SETTINGS_FILE } from './mail/smtp-settings-store';
import { openWorkspace } from './open-workspace';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-private-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe('the data folder', () => {
  it('is made 0700 with the database and its log files 0600, whatever the umask', async () => {
    expect(process.umask() & 0o077).not.toBe(0o077);
    const dataDir = path.join(root, 'nested', 'data');
    const workspace = await openWorkspace(resolveConfig({ dataDir }, {}));
    try {
      await createContact(workspace.deps, contactInput({ name: 'Zoë Ångström' }));
      const file = path.join(dataDir, 'rebound.sqlite');
      expect(modeOf(dataDir)).toBe(0o700);
      for (const name of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(name)).toBe(0o600);
      const backup = await createBackup(file, backupsDir(dataDir), 'manual');
      expect(modeOf(backupsDir(dataDir))).toBe(0o700);
      expect(modeOf(path.join(backupsDir(dataDir), backup.name))).toBe(0o600);
    } finally {
      await workspace.close();
    }
  });

  it('is put right at start when an older version left it readable by others', async () => {
    const dataDir = path.join(root, 'data');
    const config = resolveConfig({ dataDir }, {});
    const first = await openWorkspace(config);
    const backup = await createBackup(
      path.join(dataDir, 'rebound.sqlite'),
      backupsDir(dataDir),
      'manual',
    );
    const smtp = path.join(dataDir, SMTP_SETTINGS_FILE);
    fs.writeFileSync(smtp, '{}');
    const loose = [
      path.join(dataDir, 'rebound.sqlite'),
      path.join(dataDir, 'rebound.sqlite-wal'),
      path.join(dataDir, 'rebound.sqlite-shm'),
      path.join(backupsDir(dataDir), backup.name),
      smtp,
    ];
    for (const file of loose) fs.chmodSync(file, 0o644);
    for (const dir of [dataDir, backupsDir(dataDir)]) fs.chmodSync(dir, 0o755);
    await first.close();

    const again = await openWorkspace(config);
    try {
      for (const dir of [dataDir, backupsDir(dataDir)]) expect(modeOf(dir)).toBe(0o700);
      for (const file of loose.filter((f) => fs.existsSync(f))) expect(modeOf(file)).toBe(0o600);
    } finally {
      await again.close();
    }
  });

  it('never narrows a shared folder such as /tmp', async () => {
    const shared = path.join(root, 'shared');
    fs.mkdirSync(shared);
    fs.chmodSync(shared, 0o1777);
    const workspace = await openWorkspace(resolveConfig({ dataDir: shared }, {}));
    await workspace.close();
    expect(fs.statSync(shared).mode & 0o7777).toBe(0o1777);
    expect(modeOf(path.join(shared, 'rebound.sqlite'))).toBe(0o600);
  });
});

describe('files the command line writes', () => {
  const { reboundJson } = reboundOn(() => path.join(root, 'data'));

  it('are readable by their owner only: exports, backups and the database', async () => {
    await reboundJson('contacts', 'add', '--name', 'Zoë Ångström');
    const exported = path.join(root, 'workspace.json');
    await reboundJson('export', '--out', exported);
    const vcard = path.join(root, 'contacts.vcf');
    await reboundJson('export', 'vcard', '--out', vcard);
    const backup = await reboundJson('backup');
    for (const file of [exported, vcard, backup.file, path.join(root, 'data', 'rebound.sqlite')])
      expect(modeOf(file)).toBe(0o600);
    expect(modeOf(path.join(root, 'data'))).toBe(0o700);
  });
});
