import type { Contact } from '../src/core/contact';

/** A complete contact record for tests of pure code; fields can be overridden. */
export function contactRecord(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 'con_0123456789ab',
    name: 'Zoë Ångström',
    title: 'Head of Data',
    company: 'Northwind Robotics',
    email: 'zoe@northwind.example',
    otherEmails: [],
    linkedinUrl: 'https://www.linkedin.com/in/zoe-angstrom',
    phone: '+46 8 123 456',
    otherPhones: [],
    websites: [],
    howMet: 'Panel interview',
    relationship: 'interviewer',
    tags: [],
    notes: null,
    lastInteractionAt: null,
    keepInTouchDays: null,
    keepInTouchSnoozedUntil: null,
    unansweredTouches: 0,
    sample: false,
    createdAt: '2026-11-26T09:00:00.000Z',
    updatedAt: '2026-11-26T09:30:00.000Z',
    ...overrides,
  };
}
