import { RELATIONSHIPS, type Relationship } from '../enums';
import type { RecoverySettings } from './settings';
import {
  DEFAULT_TIMING,
  KEEP_IN_TOUCH_CADENCES,
  TIMING_RULE_IDS,
  TIMING_RULES,
  type TimingRuleId,
  type TimingUnit,
} from './timing-rules';

/** One timing rule as a settings screen shows it: the value in force beside the default. */
export interface TimingRuleView {
  id: TimingRuleId;
  label: string;
  unit: TimingUnit;
  value: number;
  default: number;
  min: number;
  max: number;
  reason: string;
  sources: string[];
}

export interface CadenceView {
  relationship: Relationship;
  /** Days between touches; 0 is off. */
  value: number;
  default: number;
  reason: string;
  sources: string[];
}

export interface SettingsView {
  timeZone: string;
  timeZoneIsDefault: boolean;
  reminderTime: string;
  linkedinPlan: RecoverySettings['linkedinPlan'];
  userName: string | null;
  rules: TimingRuleView[];
  cadences: CadenceView[];
}

/** The settings with every rule's reason and sources, for the API and the command line. */
export function describeSettings(settings: RecoverySettings): SettingsView {
  return {
    timeZone: settings.timeZone,
    timeZoneIsDefault: settings.timeZoneIsDefault,
    reminderTime: settings.reminderTime,
    linkedinPlan: settings.linkedinPlan,
    userName: settings.userName,
    rules: TIMING_RULE_IDS.map((id) => {
      const rule = TIMING_RULES[id];
      return {
        id,
        label: rule.label,
        unit: rule.unit,
        value: settings.timing[id],
        default: DEFAULT_TIMING[id],
        min: rule.min,
        max: rule.max,
        reason: rule.reason,
        sources: [...rule.sources],
      };
    }),
    cadences: RELATIONSHIPS.map((relationship) => {
      const rule = KEEP_IN_TOUCH_CADENCES[relationship];
      return {
        relationship,
        value: settings.keepInTouchDays[relationship],
        default: rule.default,
        reason: rule.reason,
        sources: [...rule.sources],
      };
    }),
  };
}
