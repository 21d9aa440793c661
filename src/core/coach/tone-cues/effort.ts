import type { Cue } from '../cues';

/** Cues about effort held up as a debt: what the application cost, what is owed, effort set against a no. */
export const EFFORT_CUES: readonly Cue[] = [
  {
    // Sacrifices the writer made for the application.
    id: 'sacrifice',
    label: 'what the application cost you',
    patterns: [
      '(?:turned|turn|turning) down (?:a|an|another|two|three|other|several|a paid|a permanent|an offer|the offer)',
      '(?:took|take|taking|used|booked|lost) (?:a |an |the |two |three )?(?:day|days|morning|afternoon|week|shift) (?:off|of (?:holiday|leave|annual leave|unpaid leave|pay)|unpaid)',
      "a day 's (?:holiday|leave|annual leave|unpaid leave|pay)",
      '(?:unpaid|for nothing|for free|at my own expense|out of my own pocket|without pay)',
      '(?:spent|put|invested|gave up|give up|given up|giving up|sacrificed|lost|poured|sunk) {GAP:3}(?:hours|days|weekends?|evenings|nights|week|weeks|holiday|savings|money|saturday|sunday|day off|annual leave|leave)',
      '(?:arranged|organised|organized|paid for|found|booked) (?:cover|childcare|a sitter|a babysitter|my own travel|trains|flights|a hotel)',
      '(?:travelled|traveled|drove|driving|driven|flew|flying|commuted|travelling|traveling) {GAP:3}(?:hours|miles|kilometres|kilometers|across the country|the length of|all the way)',
      '(?:paid|paying|covered|funded) (?:my own|for my own|out of my own) {GAP:2}(?:fare|fares|travel|way|expenses|train|flight|hotel|petrol|parking)',
      '(?:prepared|wrote|built|made|put together|designed) (?:a|an) {GAP:2}(?:\\d+-minute|forty-minute|thirty-minute|twenty-minute|hour-long|detailed|full) (?:talk|presentation|deck|plan|report|proposal|prototype)',
      '(?:cancelled|canceled|missed|rearranged|skipped) {GAP:2}(?:plans|shift|shifts|holiday|appointment|appointments|classes|lessons|clients|patients|wedding|trip|trips|break)',
      'all (?:the|that|my) (?:time|effort|work|prep|preparation) (?:i|that i) (?:put|spent|invested|gave)',
      '(?:after|given|considering) (?:how much|all) (?:i|the time|the effort|the work)',
      '(?:after|with) (?:twelve|ten|fifteen|twenty|\\d+|many|all (?:my|these|those)) years',
    ],
  },
  {
    // What the writer is therefore owed.
    id: 'owed',
    label: 'what you feel you are owed',
    patterns: [
      '(?:at least(?! i )|in return|in exchange|the least|too much to ask|the decent thing|the right thing to do|only fair|only right|only decent|owed|deserve|deserved|basic courtesy|common courtesy|the courtesy|the decency)',
      'i would (?:hope|expect|have thought|have expected)',
      '(?:had|have) (?:hoped|expected) for (?:a|an|at least|some|more|better) (?:conversation|call|phone call|chat|meeting|explanation|reply|response|courtesy|notice|personal)',
      'more than a (?:one-line|two-line|one-word|form|standard|generic|canned|short) (?:reply|email|answer|response|message|note|rejection)',
      'surely',
      '(?:would|will) (?:really )?mean (?:a lot|so much|the world|a great deal)',
      '(?:not asking for much|i am not asking for much)',
      '(?<!if (?:it is|that is) )(?:not|is not|are not|was not) too much (?:trouble|to ask|bother|of an ask)',
    ],
  },
  {
    // Effort followed by a flat no: "four rounds for a no".
    id: 'effort-for-nothing',
    label: 'effort weighed against a no',
    patterns: [
      '(?:rounds|interviews|stages|tasks|weeks|months|hours|take-homes?|trips|presentations) {GAP:5}(?:for|and then|then|only to (?:get|receive|be given|hear)) (?:a|an|one) (?:no|rejection|form|two-line|one-line|canned|generic|automated|template)',
      'heard nothing for {GAP:3}(?:and|then|before)',
      'nothing for (?:a|two|three|four|five|six|\\d+|several|over a) (?:weeks?|months?) (?:and|then)',
    ],
  },
];
