import { describe, expect, it } from 'vitest';
import { fitReasonKind, UNSTATED_FIT_REASON } from './fit-reasons';
import { findSkillMentions } from './skill-mentions';

describe('skills named in prose', () => {
  const labels = (text: string) => findSkillMentions(text).map((s) => s.label);

  it.each([
    ['Looking for deeper experience with Kubernetes.', ['Kubernetes']],
    ['Another candidate had more people-management experience.', ['People management']],
    ['They had more experience presenting to executives.', ['Public speaking']],
    ['The deciding factor was direct industry experience.', ['Industry experience']],
    [
      'We wanted k8s and AWS, and stakeholder management.',
      ['Kubernetes', 'AWS', 'Stakeholder management'],
    ],
    ['Strong in C++, C# and .NET, and CI/CD.', ['C++', 'C#', '.NET', 'CI/CD']],
    ['Your SQL was great; PostgreSQL less so, and sql again.', ['SQL', 'PostgreSQL']],
    ['Lovely to meet you, and thank you for your time.', []],
    ['', []],
  ])('"%s" names %j', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it.each([
    ['Go ahead and excel at what you do.', []],
    ['You will react well to feedback.', []],
    ['We use Go and Excel daily.', ['Go', 'Excel']],
    ['AI. ML too.', ['AI', 'Machine learning']],
  ])('counts everyday words only when written as the skill: "%s"', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it('prefers the longest spelling that matches', () => {
    expect(labels('Experience with Amazon Web Services was key.')).toEqual(['AWS']);
    expect(labels('Google Cloud Platform, please.')).toEqual(['Google Cloud']);
  });
});

describe('why a job was not a fit', () => {
  it.each([
    ['Long commute', 'location'],
    ['Great team, but the commute would have been long.', 'location'],
    ['The pay was below what I need, the mission was right.', 'pay'],
    ['Too much travel for my family right now.', 'travel'],
    ['Interesting work, though the role leaned more senior than I am.', 'level'],
    ['On reflection the role was mostly maintenance, not building.', 'work'],
    ['Fully on-site, no hybrid option', 'location'],
    ['They wanted weekends and on-call', 'hours'],
  ])('"%s" is about %s', (reason, kind) => {
    expect(fitReasonKind(reason)?.id).toBe(kind);
  });

  it('says when no reason was given, and leaves unknown reasons to be grouped by wording', () => {
    expect(fitReasonKind(null)).toEqual(UNSTATED_FIT_REASON);
    expect(fitReasonKind('  ')).toEqual(UNSTATED_FIT_REASON);
    expect(fitReasonKind('Something felt off about it')).toBeUndefined();
  });
});
