import type { Combination } from '../cues';
import { definePhraseRule } from '../phrase-rule';

const JUDGED = ['judged', 'hire'];

/**
 * Questioning how the decision was reached, or whether it was fair or full, in the polite words
 * people use for it: a reference to the decision, the panel, the process or the person chosen,
 * beside a probe ("how that decision came about", "what tipped it") or a doubt ("may have
 * misjudged", "how the process was kept fair", "would have been good to know").
 */
export const QUESTIONS_JUDGEMENT_COMBINATIONS: readonly Combination[] = [
  {
    id: 'probes-the-decision',
    all: [['probe-strong']],
    message:
      '{match} asks them to open up how the decision was made. However curious you are, a hiring manager hears “justify yourselves”, and most cannot share it anyway. Ask what you could do better instead; that is a question they can answer.',
    suggestion: 'Is there one thing I could do to strengthen my application next time?',
  },
  {
    id: 'probes-the-decision',
    all: ['probe', JUDGED],
    message:
      '{match} asks them to account for how the decision was reached. Even politely put, a hiring manager reads it as doubt about their judgement, and it is the kind of question employers are advised not to answer. Ask what you could improve, and let the decision stand.',
    suggestion: 'Is there one thing I could do to strengthen my application next time?',
  },
  {
    id: 'doubts-the-judgement',
    all: ['doubt-strong'],
    message:
      '{match} suggests they judged you wrongly or unfairly. A hiring manager will read it as an argument with the decision, however gently it is phrased, and is unlikely to reply. If something about the assessment still bothers you, let it rest and ask how to show your strengths better next time.',
    suggestion: 'How could I show my experience more clearly in a future interview?',
  },
  {
    id: 'doubts-the-judgement',
    all: [['doubt', 'doubt-open'], JUDGED],
    message:
      '{match} questions whether the decision or the process was right. The reader will hear “you got it wrong” and defend the call rather than help you. Accept the outcome and ask for one thing to work on.',
    suggestion: 'How could I show my experience more clearly in a future interview?',
  },
  {
    id: 'does-not-accept',
    all: ['nonaccept'],
    message:
      '{match} tells them you still do not accept the decision. It may be honest, but it puts the reader on the defensive, and accepting the outcome is what earns a frank answer. Say you understand, then ask your question.',
    suggestion: 'I understand the decision, and I would value one pointer for next time.',
  },
  {
    id: 'record-against-decision',
    all: ['my-record', ['probe', 'probe-strong', 'doubt', 'surprise', 'judged']],
    unlessAccepted: true,
    message:
      '{match} sets your record against their decision. A hiring manager will read it as “you should have seen this”, which is an argument they cannot win or lose gracefully. Ask what would make your experience count for more next time.',
    suggestion: 'How could I make my experience count for more in a future application?',
  },
  {
    id: 'record-against-decision',
    all: ['told-i-lack', ['my-record', 'for-the-record', 'doubt']],
    reachBack: true,
    message:
      '{match} quotes their verdict back beside your record. It reads as “how could you say that?”, and the reader will defend the verdict rather than explain it. Ask how you could show that strength more clearly instead.',
    suggestion: 'How could I show that strength more clearly in a future interview?',
  },
  {
    id: 'record-against-decision',
    all: ['cant-see-gap', ['claims-spec', 'my-record', 'for-the-record']],
    reachBack: true,
    message:
      '{match} sets what you offer against a gap you cannot see. Put together, a hiring manager reads “you got it wrong” rather than a question. Ask what would have made the difference, without the case for yourself.',
    suggestion: 'What would have made the difference for this role?',
  },
  {
    id: 'sets-the-record-straight',
    all: [
      'for-the-record',
      ['judged', 'doubt', 'doubt-open', 'doubt-strong', 'my-record', 'nonaccept', 'hire'],
    ],
    message:
      '{match} sets out to correct their view of you. It is natural to want to, but a hiring manager reads it as arguing with the decision, and the decision will not change. Keep the correction for your next application.',
    suggestion: 'Is there one thing I could show more clearly next time?',
  },
  {
    id: 'treated-poorly',
    all: ['letdown', ['slight', 'sacrifice', 'hindsight']],
    message:
      '{match} tells them how they let you down. Even when it is fair, it reads as a complaint about their process, and complaints rarely get a warm reply. If you want feedback, ask for it on its own.',
    suggestion: 'If you are able to share any feedback, I would be grateful.',
  },
  {
    id: 'never-open',
    strong: true,
    all: ['intended-for'],
    message:
      '{match} implies the job was never really open. Even if you suspect it, saying so reads as an accusation, and the person reading may not have made that call. Leave it out; thank them and keep the door open.',
  },
  {
    id: 'hindsight',
    all: [
      'hindsight',
      ['judged', 'hire', 'slight', 'sacrifice', 'doubt', 'doubt-open', 'doubt-strong'],
    ],
    message:
      '{match} tells them, with hindsight, that they should have warned you. It reads as a complaint about how the process was run, which makes a friendly reply less likely. If the process surprised you, keep that for your own notes.',
  },
];

/** `tone/questions-judgement`: probing or doubting how the decision was reached. */
export const questionsJudgementRule = definePhraseRule({
  id: 'tone/questions-judgement',
  category: 'tone',
  groups: [],
  combinations: QUESTIONS_JUDGEMENT_COMBINATIONS,
});
