import fs from 'node:fs';
import { parseMail } from '../src/core/inbox/mail';
import { classifyMail } from '../src/core/inbox/classify';
const ids = process.argv.slice(2);
const files = fs.readdirSync('eval/inbox').filter((f) => f.startsWith('train-'));
for (const f of files) for (const it of JSON.parse(fs.readFileSync('eval/inbox/' + f, 'utf8')).items) {
  if (!ids.includes(it.id)) continue;
  (globalThis as any).EMP_DEBUG = true;
  console.error('==', it.id, it.expect.company, '|', it.expect.role);
  const r = classifyMail(await parseMail(it.raw));
  console.error('  ->', r.company, '|', r.role, r.kind);
}
