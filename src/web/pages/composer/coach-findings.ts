import type { Finding } from '../../../core/coach';

export type { Finding };

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Most serious first, then in reading order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start,
  );
}

export const CATEGORY_LABELS: Record<Finding['category'], string> = {
  tone: 'Tone',
  template: 'Template',
  personalization: 'Personal touch',
  accuracy: 'Accuracy',
  length: 'Length',
  timing: 'Timing',
  style: 'Style',
};

export const SEVERITY_LABELS: Record<Finding['severity'], string> = {
  error: 'Fix before sending',
  warning: 'Worth a second look',
  info: 'Advice',
};
