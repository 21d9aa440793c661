import { describe, expect, it } from 'vitest';
import type { PlannedStep } from './plan';
import { reconcilePlan, type ExistingStep } from './reconcile';

const step = (
  kind: PlannedStep['kind'],
  contactId: string | null,
  dueAt: string,
  reason = 'r',
): PlannedStep => ({
  kind,
  contactId,
  dueOn: dueAt.slice(0, 10),
  dueAt,
  reason,
});

const existing = (
  id: string,
  kind: ExistingStep['kind'],
  contactId: string | null,
  status: ExistingStep['status'],
  dueAt: string,
  snoozedUntil: string | null = null,
): ExistingStep => ({ id, kind, contactId, status, dueAt, snoozedUntil, reason: 'r' });

describe('reconciling a plan', () => {
  it('inserts what is new, moves what is open and never touches what is finished', () => {
    const changes = reconcilePlan(
      [
        existing('t1', 'thank_you', 'con_a', 'done', '2026-11-27T09:00:00.000Z'),
        existing('t2', 'feedback_request', 'con_a', 'open', '2026-11-28T09:00:00.000Z'),
        existing('t3', 'linkedin_note', 'con_a', 'skipped', '2026-11-29T09:00:00.000Z'),
      ],
      [
        step('thank_you', 'con_a', '2026-11-28T09:00:00.000Z'),
        step('feedback_request', 'con_a', '2026-11-30T09:00:00.000Z', 'new reason'),
        step('linkedin_note', 'con_a', '2026-12-01T09:00:00.000Z'),
        step('reapply', null, '2027-05-26T09:00:00.000Z'),
      ],
    );
    expect(changes.insert.map((s) => s.kind)).toEqual(['reapply']);
    expect(changes.update).toEqual([
      {
        id: 't2',
        contactId: 'con_a',
        dueAt: '2026-11-30T09:00:00.000Z',
        snoozedUntil: null,
        reason: 'new reason',
      },
    ]);
    expect(changes.remove).toEqual([]);
  });

  it('asks for feedback once: a sent request is never planned again, even for someone else', () => {
    const changes = reconcilePlan(
      [existing('t1', 'feedback_request', 'con_a', 'done', '2026-11-28T09:00:00.000Z')],
      [step('feedback_request', 'con_b', '2026-11-28T09:00:00.000Z')],
    );
    expect(changes).toEqual({ insert: [], update: [], remove: [] });
  });

  it('keeps a snooze unless the new date is later anyway', () => {
    const snoozed = existing(
      't1',
      'thank_you',
      'con_a',
      'open',
      '2026-12-03T09:00:00.000Z',
      '2026-12-03T09:00:00.000Z',
    );
    const earlier = reconcilePlan(
      [snoozed],
      [step('thank_you', 'con_a', '2026-11-28T09:00:00.000Z', 'x')],
    );
    expect(earlier.update[0]).toMatchObject({
      dueAt: '2026-12-03T09:00:00.000Z',
      snoozedUntil: '2026-12-03T09:00:00.000Z',
    });
    const later = reconcilePlan(
      [snoozed],
      [step('thank_you', 'con_a', '2026-12-05T09:00:00.000Z', 'x')],
    );
    expect(later.update[0]).toMatchObject({
      dueAt: '2026-12-05T09:00:00.000Z',
      snoozedUntil: null,
    });
  });

  it('removes open steps the plan no longer has and keeps other kinds of step', () => {
    const changes = reconcilePlan(
      [
        existing('t1', 'thank_you', 'con_a', 'open', '2026-11-27T09:00:00.000Z'),
        existing('t2', 'linkedin_note', 'con_b', 'open', '2026-11-29T09:00:00.000Z'),
        existing('t3', 'linkedin_note', 'con_c', 'done', '2026-11-29T09:00:00.000Z'),
        existing('t4', 'custom', null, 'open', '2026-11-29T09:00:00.000Z'),
      ],
      [step('linkedin_note', 'con_a', '2026-11-29T09:00:00.000Z')],
    );
    expect(changes.insert.map((s) => `${s.kind} ${s.contactId}`)).toEqual(['linkedin_note con_a']);
    expect(changes.remove).toEqual(['t1', 't2']);
  });

  it('changes nothing when the plan is the same', () => {
    const planned = [step('thank_you', 'con_a', '2026-11-27T09:00:00.000Z')];
    const changes = reconcilePlan(
      [existing('t1', 'thank_you', 'con_a', 'open', '2026-11-27T09:00:00.000Z')],
      planned,
    );
    expect(changes).toEqual({ insert: [], update: [], remove: [] });
  });

  it('moves a single-recipient step to a new recipient', () => {
    const changes = reconcilePlan(
      [existing('t1', 'thank_you', null, 'open', '2026-11-27T09:00:00.000Z')],
      [step('thank_you', 'con_a', '2026-11-27T09:00:00.000Z')],
    );
    expect(changes.update).toEqual([
      {
        id: 't1',
        contactId: 'con_a',
        dueAt: '2026-11-27T09:00:00.000Z',
        snoozedUntil: null,
        reason: 'r',
      },
    ]);
  });
});
