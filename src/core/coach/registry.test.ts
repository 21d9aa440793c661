import { describe, expect, it } from 'vitest';
import { checkMessage, defaultRuleSet, ruleSetFor } from './check-message';
import { createRuleSet, defaultRules } from './registry';
import { defineRule } from './rule';

describe('rule registry', () => {
  it('holds every default rule once, each with a category prefix in its id', () => {
    const rules = defaultRules();
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) expect(rule.id.startsWith(`${rule.category}/`)).toBe(true);
    expect(() => createRuleSet(rules)).not.toThrow();
  });

  it('refuses two rules with the same id', () => {
    const [first] = defaultRules();
    expect(() => createRuleSet([first!, first!])).toThrow(/share the id/);
  });

  it('applies a user’s timing settings, compiling each distinct set once', () => {
    expect(ruleSetFor({})).toBe(defaultRuleSet());
    const patient = ruleSetFor({ timing: { coolOffHours: 2 } });
    expect(ruleSetFor({ timing: { coolOffHours: 2 } })).toBe(patient);
    const input = {
      kind: 'thank_you' as const,
      text: 'Hi Helen, thanks.',
      context: { rejectedAt: '2026-03-02T09:00:00Z', sentAt: '2026-03-02T12:00:00Z' },
    };
    const rules = (set = defaultRuleSet()) =>
      checkMessage(input, { rules: set }).findings.map((f) => f.rule);
    expect(rules()).toContain('timing/too-soon');
    expect(rules(patient)).not.toContain('timing/too-soon');
  });

  it('merges a factory’s options over its defaults', () => {
    const factory = defineRule<{ severity: 'warning' | 'info'; limit: number; label: string }>({
      id: 'length/test',
      category: 'length',
      defaults: { severity: 'warning', limit: 3, label: 'x' },
      create: (options) => () => [
        { start: 0, end: 0, message: `${options.label}:${options.limit}` },
      ],
    });
    const rule = factory({ limit: 9 });
    expect(rule.severity).toBe('warning');
    expect(rule.check({} as never)[0]?.message).toBe('x:9');
    expect(factory({ severity: 'info' }).severity).toBe('info');
  });
});
