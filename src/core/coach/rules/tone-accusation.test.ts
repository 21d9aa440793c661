import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { accusationRule } from './tone-accusation';

const rule = accusationRule();

describe('tone/accusation', () => {
  it.each([
    ['The panel seemed biased against career changers.', 'biased'],
    ['It feels unfair that the brief changed halfway through.', 'unfair'],
    ['You strung me along for two months.', 'strung me along'],
    ['You wasted three weeks of my time.', 'wasted three weeks of my time'],
    ['The role was never really open, was it?', 'role was never really open'],
    ['You clearly already had someone in mind.', 'already had someone in mind'],
    ['Nobody bothered to tell me the role had been filled.', 'Nobody bothered'],
    ['You couldn’t even pick up the phone.', 'couldn’t even pick up the phone'],
    ['Your recruiter was rude on the call.', 'rude'],
    ['There was a total lack of communication throughout.', 'lack of communication'],
    ['It was decided without telling me.', 'without telling me'],
    ['Funny how the role went to the manager’s cousin.', 'Funny how the role went to'],
    ['No offence, but the panel seemed half asleep.', 'No offence, but'],
    ['The interview felt rushed from start to finish.', 'interview felt rushed'],
    ['I will be leaving a negative review.', 'negative review'],
    ['My solicitor will be in touch.', 'My solicitor'],
    ['My counsel will write to you about the use of that material.', 'My counsel'],
    ['I have spoken to a barrister about my options.', 'spoken to a barrister'],
    ['I have taken legal advice.', 'taken legal advice'],
    ['I will be raising this with the regulator.', 'raising this with the regulator'],
    ['You may be hearing from the ombudsman.', 'ombudsman'],
    ["I'd like it on file in case I need it for the WRC.", 'WRC'],
    ['The labour inspectorate may want to see your scoring.', 'labour inspectorate'],
    [
      'If this was a favour for a friend, the hall is going to hear about it.',
      'the hall is going to hear about it',
    ],
    ['Next time I will make sure to have a friend on the inside.', 'have a friend on the inside'],
    ['Or was there always an internal favourite?', 'internal favourite'],
    ['Was the post ever actually open?', 'post ever actually open'],
    ['Please pass my congratulations to the golden boy.', 'to the golden boy'],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found).join(' | ')).toContain(words);
  });

  it.each([
    'I was sloppy with my answer on fleet costs, and I know it.',
    'I know the decision was not unfair; the other planner had more depot experience.',
    'Thank you for telling me yourself; it meant a lot.',
    'Our call about the bridge closure was the highlight of the process.',
    'Thank you for your wise counsel during the process.',
    'I qualified as a solicitor in 2019 and have worked in conveyancing since.',
    'I joined the union hall as an apprentice and got my ticket last spring.',
    'Was the role ever open to part-time applicants?',
    'I would love to have a friend like you in the industry.',
    'I am glad the internal candidate got it; she knows the depot inside out.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });

  it('reports accusations as errors', () => {
    expect(runRule(rule, 'The process was rigged.')[0]?.severity).toBe('error');
  });
});
