import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import {
  findMailAccount,
  listDueInboxSyncs,
  saveMailAccount,
  setNextInboxSync,
} from './mail-accounts';

describeEachDialect('mail accounts', (db) => {
  it('keeps one SMTP and one IMAP account per workspace, replaced on save', async () => {
    const deps = await db().deps('ws_mail_a');
    const other = await db().deps('ws_mail_b');
    const now = '2026-12-11T10:00:00.000Z';
    const account = (host: string, nextSyncAt: string | null) => ({
      settings: JSON.stringify({ host }),
      password: { sealed: `sealed-${host}`, keyId: 'k1' },
      nextSyncAt,
    });
    await saveMailAccount(deps.db, deps.workspaceId, 'smtp', {
      account: account('smtp.one.example', null),
      now,
    });
    await saveMailAccount(deps.db, deps.workspaceId, 'imap', {
      account: account('imap.one.example', now),
      now,
    });
    await saveMailAccount(deps.db, deps.workspaceId, 'smtp', {
      account: { ...account('smtp.two.example', null), password: null },
      now,
    });
    const smtp = await findMailAccount(deps.db, deps.workspaceId, 'smtp');
    expect(JSON.parse(smtp?.settings ?? '')).toEqual({ host: 'smtp.two.example' });
    expect(smtp).toMatchObject({ password: null, nextSyncAt: null });
    expect((await findMailAccount(deps.db, deps.workspaceId, 'imap'))?.password).toEqual({
      sealed: 'sealed-imap.one.example',
      keyId: 'k1',
    });
    expect(await findMailAccount(deps.db, other.workspaceId, 'smtp')).toBeUndefined();

    const due = await listDueInboxSyncs(deps.db, { now, limit: 100 });
    expect(due).toContain(deps.workspaceId);
    await setNextInboxSync(deps.db, deps.workspaceId, '2026-12-11T10:15:00.000Z');
    expect(await listDueInboxSyncs(deps.db, { now, limit: 100 })).not.toContain(deps.workspaceId);
  });
});
