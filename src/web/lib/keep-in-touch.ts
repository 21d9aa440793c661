import { keepInTouchStatus, type KeepInTouchStatus } from '../../core/recovery/keep-in-touch';
import type { RecoverySettings } from '../../core/recovery/settings';
import type { TimingValues } from '../../core/recovery/timing-rules';
import type { Contact } from '../api/contacts';
import type { Settings } from '../api/settings';

/** The settings as the pure recovery rules take them, rebuilt from what the API shows. */
export function recoverySettingsOf(view: Settings): RecoverySettings {
  return {
    timeZone: view.timeZone,
    timeZoneIsDefault: view.timeZoneIsDefault,
    reminderTime: view.reminderTime as RecoverySettings['reminderTime'],
    timing: Object.fromEntries(view.rules.map((r) => [r.id, r.value])) as TimingValues,
    keepInTouchDays: Object.fromEntries(
      view.cadences.map((c) => [c.relationship, c.value]),
    ) as RecoverySettings['keepInTouchDays'],
    linkedinPlan: view.linkedinPlan,
    userName: view.userName,
  };
}

/**
 * Where a contact stands on keeping in touch, worked out here with the same pure rule the server
 * uses, so a list of hundreds needs no request per row.
 */
export function statusOfContact(
  contact: Contact,
  settings: RecoverySettings,
  now: Date,
): KeepInTouchStatus {
  return keepInTouchStatus(
    {
      relationship: contact.relationship,
      keepInTouchDays: contact.keepInTouchDays ?? null,
      lastInteractionAt: contact.lastInteractionAt,
      keepInTouchSnoozedUntil: contact.keepInTouchSnoozedUntil ?? null,
      unansweredTouches: contact.unansweredTouches ?? 0,
    },
    settings,
    now.toISOString(),
  );
}

export const STATE_LABELS: Record<KeepInTouchStatus['state'], { label: string; color: string }> = {
  due: { label: 'Going cold', color: 'orange' },
  scheduled: { label: 'Warm', color: 'teal' },
  not_started: { label: 'Not in touch yet', color: 'gray' },
  resting: { label: 'Resting', color: 'gray' },
  off: { label: 'Not keeping in touch', color: 'gray' },
};
