import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { contactInput } from '../../../test/factories';
import { generateConnections, linkedInCsv, type Connection } from '../../../test/fixtures/linkedin';
import { isAppError } from '../../core/app-error';
import { listAllContacts } from '../../storage/repositories/contacts';
import { createContact } from '../contacts';
import type { UseCaseDeps } from '../deps';
import { exportContactsVCard } from './export-contacts';
import { importLinkedInConnections, importVCards } from './import-contacts';

const people: Connection[] = [
  {
    first: 'Zoë',
    last: 'Ångström',
    url: 'https://www.linkedin.com/in/zoe-angstrom',
    email: 'zoe@northwind.example',
    company: 'Northwind Robotics',
    position: 'Head of Data',
    connectedOn: '26 Nov 2026',
  },
  {
    first: 'Kwame',
    last: 'Mensah',
    url: 'https://www.linkedin.com/in/kwame-mensah-7',
    email: '',
    company: 'Acme, Inc.',
    position: 'Talent Partner, EMEA',
    connectedOn: '3 Feb 2025',
  },
  {
    first: 'Mei',
    last: 'Chen',
    url: 'https://www.linkedin.com/in/mei-chen',
    email: 'MEI@bluefin.example',
    company: 'Copperleaf "CL" Analytics',
    position: 'CTO',
    connectedOn: '15 Jul 2024',
  },
];

const count = async (deps: UseCaseDeps) =>
  (await listAllContacts(deps.db, deps.workspaceId)).length;

describeEachDialect('importing contacts', (db) => {
  it('imports LinkedIn connections in their real layout, naming each row by its line', async () => {
    const deps = await db().deps('ws_li_basic');
    const report = await importLinkedInConnections(deps, { content: linkedInCsv(people) });
    // Notes: line 1, its quoted sentence line 2, blank line 3, header line 4.
    expect(report).toMatchObject({
      format: 'linkedin',
      rows: 3,
      created: 3,
      updated: 0,
      skipped: 0,
      invalid: 0,
    });
    expect(report.outcomes.map((o) => [o.line, o.outcome, o.label])).toEqual([
      [5, 'created', 'Zoë Ångström'],
      [6, 'created', 'Kwame Mensah'],
      [7, 'created', 'Mei Chen'],
    ]);
    const stored = (await listAllContacts(deps.db, deps.workspaceId)).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    expect(
      stored.map((c) => [c.name, c.company, c.title, c.email, c.linkedinUrl, c.howMet]),
    ).toEqual([
      [
        'Kwame Mensah',
        'Acme, Inc.',
        'Talent Partner, EMEA',
        null,
        people[1]?.url,
        'Connected on LinkedIn on 2025-02-03',
      ],
      [
        'Mei Chen',
        'Copperleaf "CL" Analytics',
        'CTO',
        'MEI@bluefin.example',
        people[2]?.url,
        'Connected on LinkedIn on 2024-07-15',
      ],
      [
        'Zoë Ångström',
        'Northwind Robotics',
        'Head of Data',
        'zoe@northwind.example',
        people[0]?.url,
        'Connected on LinkedIn on 2026-11-26',
      ],
    ]);
  });

  it('creates nothing new when the same file is imported again', async () => {
    const deps = await db().deps('ws_li_again');
    const file = linkedInCsv(generateConnections(200));
    expect((await importLinkedInConnections(deps, { content: file })).created).toBe(200);
    const again = await importLinkedInConnections(deps, { content: file });
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: 200 });
    expect(again.outcomes[0]?.reason).toMatch(
      /already in Rebound \(the same LinkedIn profile\): nothing new/,
    );
    expect(await count(deps)).toBe(200);
  });

  it('matches existing contacts by LinkedIn profile, then email, then name and company, filling only gaps', async () => {
    const deps = await db().deps('ws_li_match');
    const byUrl = await createContact(
      deps,
      contactInput({
        name: 'Zoe A.',
        linkedinUrl: 'http://se.linkedin.com/in/ZOE-ANGSTROM/',
        notes: 'Met at PyData',
      }),
    );
    const byEmail = await createContact(
      deps,
      contactInput({
        name: 'Mei',
        email: 'mei@bluefin.example',
        title: 'Chief Technology Officer',
      }),
    );
    const byName = await createContact(
      deps,
      contactInput({ name: 'kwame mensah', company: 'ACME, INC.' }),
    );
    const duplicate = { ...people[0], email: 'zoe.private@example.org' } as Connection;
    const report = await importLinkedInConnections(deps, {
      content: linkedInCsv([...people, duplicate]),
    });
    expect(report).toMatchObject({ created: 0, updated: 4 });
    expect(report.outcomes.map((o) => [o.line, o.id])).toEqual([
      [5, byUrl.id],
      [6, byName.id],
      [7, byEmail.id],
      [8, byUrl.id],
    ]);
    expect(report.outcomes[0]?.reason).toBe(
      'already in Rebound as Zoe A. (the same LinkedIn profile): added title, company, email, how you met',
    );
    const zoe = (await listAllContacts(deps.db, deps.workspaceId)).find((c) => c.id === byUrl.id);
    expect(zoe).toMatchObject({
      name: 'Zoe A.',
      notes: 'Met at PyData',
      email: 'zoe@northwind.example',
      otherEmails: ['zoe.private@example.org'],
      linkedinUrl: 'http://se.linkedin.com/in/ZOE-ANGSTROM/',
    });
    const mei = (await listAllContacts(deps.db, deps.workspaceId)).find((c) => c.id === byEmail.id);
    expect(mei?.title).toBe('Chief Technology Officer');
  });

  it('folds a person listed twice in one file into one contact', async () => {
    const deps = await db().deps('ws_li_twice');
    const report = await importLinkedInConnections(deps, {
      content: linkedInCsv([people[0] as Connection, { ...people[0], url: '' } as Connection]),
    });
    expect(report).toMatchObject({ created: 1, skipped: 1 });
    expect(report.outcomes[1]?.reason).toMatch(
      /^the same person as line 5 \(the same email address\)/,
    );
    expect(await count(deps)).toBe(1);
  });

  it('refuses a file with a bad row, naming the line and column, and writes nothing', async () => {
    const deps = await db().deps('ws_li_bad');
    const rows = [
      ...people,
      {
        ...people[0],
        first: 'Ana',
        last: 'Díaz',
        url: 'https://www.linkedin.com/in/ana',
        email: 'ana(at)example.com',
      } as Connection,
    ];
    const failure = await importLinkedInConnections(deps, { content: linkedInCsv(rows) }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(failure) && failure.code).toBe('validation');
    expect((failure as Error).message).toMatch(
      /^line 8 \(Ana Díaz\): Email Address: must be an email address.*Nothing was imported/,
    );
    expect(await count(deps)).toBe(0);

    const partial = await importLinkedInConnections(deps, {
      content: linkedInCsv(rows),
      partial: true,
    });
    expect(partial).toMatchObject({ created: 3, invalid: 1, partial: true });
    expect(partial.outcomes[3]).toMatchObject({
      line: 8,
      outcome: 'invalid',
      label: 'Ana Díaz',
      reason: expect.stringMatching(/^Email Address: /),
    });
    expect(await count(deps)).toBe(3);
  });

  it('reports a dry run exactly like the real import, writing nothing', async () => {
    const deps = await db().deps('ws_li_dry');
    const file = linkedInCsv(people);
    const rehearsal = await importLinkedInConnections(deps, { content: file, dryRun: true });
    expect(await count(deps)).toBe(0);
    const real = await importLinkedInConnections(deps, { content: file });
    expect({
      ...rehearsal,
      dryRun: false,
      outcomes: rehearsal.outcomes.map((o) => ({ ...o, id: null })),
    }).toEqual({
      ...real,
      outcomes: real.outcomes.map((o) => ({ ...o, id: null })),
    });
  });

  it('refuses files that are not LinkedIn exports or break CSV quoting, naming the line', async () => {
    const deps = await db().deps('ws_li_broken');
    await expect(
      importLinkedInConnections(deps, { content: 'Name,Email\nZoë,zoe@example.com\n' }),
    ).rejects.toThrow(/^line 1: this is not LinkedIn's Connections.csv/);
    const stray = linkedInCsv(people).replace('"Acme, Inc."', '"Acme, Inc.');
    await expect(importLinkedInConnections(deps, { content: stray })).rejects.toThrow(
      /^line 6: a quoted cell is followed by text/,
    );
    const unclosed = linkedInCsv(people).replace('15 Jul 2024', '"15 Jul 2024');
    await expect(importLinkedInConnections(deps, { content: unclosed })).rejects.toThrow(
      /^line 7: a quoted cell starting here is never closed/,
    );
    const wide = linkedInCsv(people).replace(
      'Talent Partner, EMEA',
      'Talent Partner, EMEA",extra,"x',
    );
    await expect(importLinkedInConnections(deps, { content: wide })).rejects.toThrow(
      /^line 6 \(Kwame Mensah\): has 9 fields but the header has 7/,
    );
    expect(await count(deps)).toBe(0);
  });

  it('round-trips contacts through a vCard file into another workspace', async () => {
    const from = await db().deps('ws_vc_from');
    await createContact(
      from,
      contactInput({
        name: 'Zoë Ångström',
        title: 'Head of Data; Platform',
        company: 'Acme, Inc.',
        email: 'zoe@example.com',
        otherEmails: ['z@home.example'],
        phone: '+46 8 123 456',
        otherPhones: ['+1 555 0100'],
        websites: ['https://zoe.example/a,b'],
        linkedinUrl: 'https://www.linkedin.com/in/zoe',
        howMet: 'Panel, round 2',
        relationship: 'interviewer',
        tags: ['data', 'a,b'],
        notes: 'Line one\nLine two 🎉',
      }),
    );
    await createContact(from, contactInput({ name: 'Kwame Mensah', relationship: 'recruiter' }));
    const exported = await exportContactsVCard(from);
    const to = await db().deps('ws_vc_to');
    const report = await importVCards(to, { content: exported.text });
    expect(report).toMatchObject({ format: 'vcard', created: 2 });
    const strip = (list: Awaited<ReturnType<typeof listAllContacts>>) =>
      list
        .map(
          ({ createdAt, updatedAt, lastInteractionAt, ...rest }) => (
            void createdAt,
            void updatedAt,
            void lastInteractionAt,
            rest
          ),
        )
        .sort((a, b) => a.id.localeCompare(b.id));
    expect(strip(await listAllContacts(to.db, to.workspaceId))).toEqual(
      strip(await listAllContacts(from.db, from.workspaceId)),
    );
    expect((await importVCards(to, { content: exported.text })).skipped).toBe(2);
  });

  it('adds what a vCard knows to people imported from LinkedIn', async () => {
    const deps = await db().deps('ws_vc_merge');
    await importLinkedInConnections(deps, { content: linkedInCsv(people) });
    const card =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ångström\r\nEMAIL;TYPE=pref:ZOE@northwind.example\r\nTEL;TYPE=CELL:+46 70 123 45 67\r\nCATEGORIES:mentors\r\nEND:VCARD\r\n';
    const report = await importVCards(deps, { content: card });
    expect(report).toMatchObject({ created: 0, updated: 1 });
    expect(report.outcomes[0]?.reason).toMatch(/the same email address\): added phone, tags$/);
  });

  it('never writes part of a file: any input either imports whole or changes nothing', async () => {
    const deps = await db().deps('ws_fuzz');
    const valid = linkedInCsv(generateConnections(6));
    const mutated = fc
      .tuple(
        fc.nat({ max: valid.length }),
        fc.nat({ max: 30 }),
        fc.string({ unit: 'binary', maxLength: 30 }),
      )
      .map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut));
    const input = fc.record({
      text: fc.oneof(mutated, fc.string({ unit: 'binary', maxLength: 300 })),
      vcard: fc.boolean(),
      partial: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(input, async ({ text, vcard, partial }) => {
        const before = await count(deps);
        const run = vcard ? importVCards : importLinkedInConnections;
        try {
          const report = await run(deps, { content: text, partial });
          expect(report.rows).toBe(
            report.created + report.updated + report.skipped + report.invalid,
          );
          expect(await count(deps)).toBe(before + report.created);
        } catch (error) {
          if (!isAppError(error) || error.code !== 'validation') throw error;
          expect(await count(deps)).toBe(before);
        }
      }),
      { numRuns: 60 },
    );
  });
});
