/**
 * OWASP ASVS 4.0.3, 2.1.1 and 2.1.2: at least 12 characters, at least 64 allowed. Apart from
 * `password-policy.ts` so the web app can show them without loading the password dictionary.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
