import { loadItems, coachDetector } from '/work/wt-coach/scripts/eval/coach-eval';
import { checkMessage } from '/work/wt-coach/src/core/coach/index';
const [file, mode] = process.argv.slice(2);
for (const item of loadItems(file!)) {
  const flagged = coachDetector(item);
  const clean = item.expect.length === 0 && item.expect_any.length === 0;
  const miss =
    item.expect.some((c) => !flagged.has(c)) ||
    (item.expect_any.length > 0 && !item.expect_any.some((c) => flagged.has(c)));
  const off = item.forbid.some((c) => flagged.has(c));
  if (!(miss || off)) continue;
  const r = checkMessage({ kind: item.kind, text: item.text, context: item.context });
  console.log('==', item.id, miss ? 'MISS' : '', off ? 'OFF' : '', item.expect, item.expect_any);
  console.log(item.text);
  for (const f of r.findings)
    if (f.severity !== 'info')
      console.log(
        '  ',
        f.severity,
        f.rule,
        JSON.stringify(item.text.slice(f.start, f.end)).slice(0, 80),
      );
}
