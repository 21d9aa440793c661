import { describe, expect, it } from 'vitest';
import { mailInputFor, mailInputOf, mailValuesOf, needsPasswordAgain } from './mail-values';

describe('the mail settings form', () => {
  const saved = {
    source: 'file' as const,
    host: 'smtp.example.com',
    port: 465,
    secure: true,
    user: 'ana@example.com',
    passwordSet: true,
    from: 'Ana Díaz <ana@example.com>',
  };

  it('splits the sender into name and address and never fills in the password', () => {
    expect(mailValuesOf(saved)).toEqual({
      host: 'smtp.example.com',
      port: 465,
      security: 'tls',
      user: 'ana@example.com',
      password: '',
      clearPassword: false,
      fromName: 'Ana Díaz',
      from: 'ana@example.com',
    });
  });

  it('keeps the saved password unless one is typed or it is removed', () => {
    const values = mailValuesOf(saved);
    expect(mailInputOf(values)).not.toHaveProperty('password');
    expect(mailInputOf({ ...values, password: 'new secret' }).password).toBe('new secret');
    expect(mailInputOf({ ...values, password: 'typed', clearPassword: true }).password).toBeNull();
  });

  it('asks for the password again when the server, port or user name changes', () => {
    const values = mailValuesOf(saved);
    expect(needsPasswordAgain(saved, values)).toBe(false);
    expect(needsPasswordAgain(saved, { ...values, fromName: 'Ana' })).toBe(false);
    expect(needsPasswordAgain(saved, { ...values, host: ' SMTP.example.com ' })).toBe(false);
    for (const moved of [
      { host: 'smtp.elsewhere.example' },
      { port: 587 },
      { user: 'bo@example.com' },
      { user: '' },
    ]) {
      expect(needsPasswordAgain(saved, { ...values, ...moved }), JSON.stringify(moved)).toBe(true);
      expect(needsPasswordAgain(saved, { ...values, ...moved, password: 'typed' })).toBe(false);
      expect(needsPasswordAgain(saved, { ...values, ...moved, clearPassword: true })).toBe(false);
      expect(needsPasswordAgain({ ...saved, passwordSet: false }, { ...values, ...moved })).toBe(
        false,
      );
    }
  });

  it('joins name and address into one sender, or sends the bare address', () => {
    const values = mailValuesOf(saved);
    expect(mailInputOf(values).from).toBe('Ana Díaz <ana@example.com>');
    expect(mailInputOf({ ...values, fromName: ' ' }).from).toBe('ana@example.com');
    expect(mailInputOf({ ...values, security: 'starttls', user: '' })).toMatchObject({
      secure: false,
      user: null,
    });
  });

  it('starts empty on port 587 with STARTTLS', () => {
    expect(mailValuesOf(undefined)).toMatchObject({ host: '', port: 587, security: 'starttls' });
  });

  it('places errors from saving and from a connection test on the input they name', () => {
    expect(mailInputFor('smtp.password')).toBe('password');
    expect(mailInputFor('smtp.from')).toBe('from');
    expect(mailInputFor('host')).toBe('host');
    expect(mailInputFor('secure')).toBe('security');
    expect(mailInputFor('smtp')).toBeUndefined();
    expect(mailInputFor(undefined)).toBeUndefined();
  });
});
