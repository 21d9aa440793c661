import { applicationInputSchema, type ApplicationInput } from '../src/core/application';
import { contactInputSchema, type ContactInput } from '../src/core/contact';

let counter = 0;

/** A valid application input; fields can be overridden with raw (unparsed) values. */
export function applicationInput(overrides: Record<string, unknown> = {}): ApplicationInput {
  counter += 1;
  return applicationInputSchema.parse({
    company: `Company ${counter}`,
    role: 'Data Analyst',
    ...overrides,
  });
}

export function contactInput(overrides: Record<string, unknown> = {}): ContactInput {
  counter += 1;
  return contactInputSchema.parse({ name: `Person ${counter}`, ...overrides });
}
