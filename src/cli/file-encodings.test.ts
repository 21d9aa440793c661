import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reboundOn, runRebound, tempDataDir } from '../../test/cli';
import { linkedInCsv } from '../../test/fixtures/linkedin';

const people = [
  {
    first: 'José',
    last: 'Núñez',
    url: 'https://www.linkedin.com/in/jose-nunez',
    email: '',
    company: 'Señor Café',
    position: 'Jefe de Producción',
    connectedOn: '26 Nov 2026',
  },
  {
    first: 'Zoë',
    last: 'Ångström',
    url: 'https://www.linkedin.com/in/zoe-angstrom',
    email: 'zoe@example.com',
    company: 'Bäckerei Müller',
    position: 'Geschäftsführerin',
    connectedOn: '3 Jan 2025',
  },
];

/** The same Connections.csv as Excel on Windows saves it (Latin-1 / Windows-1252), no BOM. */
const latin1 = Buffer.from(linkedInCsv(people, { bom: false }), 'latin1');
/** …and as "Unicode text", UTF-16 LE with its byte-order mark. */
const utf16 = Buffer.from(linkedInCsv(people, { bom: true }), 'utf16le');

describe('importing files in other encodings', () => {
  const dir = tempDataDir();
  const data = path.join(dir, 'data');
  const { reboundJson } = reboundOn(() => data);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['latin1.csv', latin1],
    ['utf16.csv', utf16],
  ])('reads %s with its accents intact, and again without duplicates', async (name, bytes) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const report = await reboundJson('import', 'linkedin', file);
    expect(report.outcomes.map((o: { label: string }) => o.label)).toEqual([
      'José Núñez',
      'Zoë Ångström',
    ]);
    const contacts = await reboundJson('contacts', '--search', 'Núñez');
    expect(contacts.items).toHaveLength(1);
    expect(contacts.items[0]).toMatchObject({ name: 'José Núñez', company: 'Señor Café' });
  });

  it('refuses a UTF-32 file by name, writing nothing', async () => {
    const file = path.join(dir, 'utf32.csv');
    fs.writeFileSync(file, Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
    const refused = await runRebound(['import', 'linkedin', file, '--data', data]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(
      `FILE: ${file}: the file is in UTF-32, which Rebound cannot read`,
    );
  });
});
