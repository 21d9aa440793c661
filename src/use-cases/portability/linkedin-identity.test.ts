import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { generateConnections, linkedInCsv, type Connection } from '../../../test/fixtures/linkedin';
import { listAllContacts } from '../../storage/repositories/contacts';
import { importLinkedInConnections } from './import-contacts';

const ana = (url: string, email = ''): Connection => ({
  first: 'Ana',
  last: 'Díaz',
  url,
  email,
  company: 'Acme',
  position: 'Recruiter',
  connectedOn: '26 Nov 2026',
});

describeEachDialect('a LinkedIn profile address is who someone is', (db) => {
  it('keeps two people with one name at one company apart by their profiles', async () => {
    const deps = await db().deps('ws_namesakes');
    const report = await importLinkedInConnections(deps, {
      content: linkedInCsv([
        ana('https://www.linkedin.com/in/ana-diaz-1'),
        ana('https://www.linkedin.com/in/ana-diaz-2'),
        // The same profile written another way is the same person.
        ana('http://linkedin.com/in/Ana-Diaz-1/'),
      ]),
    });
    expect(report.outcomes.map((o) => o.outcome)).toEqual(['created', 'created', 'skipped']);
    expect(report.outcomes[2]?.reason).toMatch(/the same LinkedIn profile/);
    const contacts = await listAllContacts(deps.db, deps.workspaceId);
    expect(contacts.map((c) => c.linkedinUrl).sort()).toEqual([
      'https://www.linkedin.com/in/ana-diaz-1',
      'https://www.linkedin.com/in/ana-diaz-2',
    ]);
  });

  it('keeps people apart by profile even when they share an email address', async () => {
    const deps = await db().deps('ws_shared_mailbox');
    const report = await importLinkedInConnections(deps, {
      content: linkedInCsv([
        ana('https://www.linkedin.com/in/ana-a', 'talent@acme.example'),
        ana('https://www.linkedin.com/in/ana-b', 'talent@acme.example'),
      ]),
    });
    expect(report.created).toBe(2);
  });

  it('still matches by name and company a row or a contact that has no profile', async () => {
    const deps = await db().deps('ws_no_profile');
    await importLinkedInConnections(deps, { content: linkedInCsv([ana('')]) });
    const report = await importLinkedInConnections(deps, {
      content: linkedInCsv([ana('https://www.linkedin.com/in/ana-diaz-1')]),
    });
    expect(report.outcomes[0]).toMatchObject({ outcome: 'updated' });
    const [only] = await listAllContacts(deps.db, deps.workspaceId);
    expect(only?.linkedinUrl).toBe('https://www.linkedin.com/in/ana-diaz-1');
  });

  it('imports 3,000 people who share a hundred names as 3,000 contacts, and none again', async () => {
    const deps = await db().deps('ws_many_namesakes');
    const connections = generateConnections(3000, { namesakes: true });
    const names = new Set(connections.map((c) => `${c.first} ${c.last} ${c.company}`));
    expect(names.size).toBeLessThanOrEqual(100);
    const content = linkedInCsv(connections);
    const first = await importLinkedInConnections(deps, { content });
    expect(first.created).toBe(3000);
    const again = await importLinkedInConnections(deps, { content });
    expect(again.created).toBe(0);
    expect((await listAllContacts(deps.db, deps.workspaceId)).length).toBe(3000);
  });
});
