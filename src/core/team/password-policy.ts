import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy-limits';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

/**
 * zxcvbn's estimate of guesses, on its 0–4 scale: 3 means "safely unguessable" against an
 * online attack with throttling, which is Rebound's threat (sign-in is rate limited). The
 * dictionary of common and breached passwords ships in `@zxcvbn-ts/language-common`, offline.
 */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

/**
 * What is wrong with a new password, in words, or null when it is good enough (ASVS 2.1.1–2.1.9:
 * length counted in characters, any character allowed, no composition rules, refused when it
 * is a common or breached password or built from the person's own name or address).
 */
export function passwordProblem(
  password: string,
  person: { email?: string; name?: string } = {},
): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `must be at least ${PASSWORD_MIN_LENGTH} characters (a few words together are easy to remember)`;
  }
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const userInputs = [
    person.email,
    person.email?.split('@')[0],
    ...(person.name ?? '').split(/\s+/),
  ]
    .filter((word): word is string => word !== undefined && word.length >= 3)
    .map((word) => word.toLowerCase());
  const result = strength().check(password, userInputs);
  const whole = result.sequence.length === 1 ? result.sequence[0] : undefined;
  if (whole?.pattern === 'dictionary' && whole.dictionaryName === 'passwords-common') {
    return 'is one of the most common passwords, which attackers try first; choose another';
  }
  if (result.score < MIN_SCORE) {
    return 'is too easy to guess (common words, names, dates or keyboard patterns); add words only you would put together';
  }
  return null;
}
