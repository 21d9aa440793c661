import { coachDetector, loadItems, score, vaderDetector } from './eval/coach-eval';
const items = loadItems(process.argv[2]!);
const s = score(items, coachDetector);
console.log(
  JSON.stringify({
    items: s.items,
    clean: s.clean,
    recall: s.recall,
    fa: s.falseAlarmRate,
    offTarget: s.offTarget.length,
    vader: score(items, vaderDetector, ['tone']).recall.tone,
  }),
);
