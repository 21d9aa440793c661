import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { formPathOf, showApiError } from './form-errors';

function fakeForm(values: object) {
  const errors: Record<string, string> = {};
  return { values, errors, setFieldError: (path: string, error: string) => (errors[path] = error) };
}

describe('placing API errors on a form', () => {
  it('puts the message under the input the server named, without the field prefix', () => {
    const form = fakeForm({ company: '', link: '' });
    const error = new ApiError(
      'validation',
      'link: must be a web address starting with http:// or https://',
      400,
      'link',
    );
    expect(showApiError(form, error)).toBeNull();
    expect(form.errors).toEqual({
      link: 'Must be a web address starting with http:// or https://',
    });
  });

  it('places errors inside lists and nested requests', () => {
    expect(formPathOf('contacts[3].email')).toBe('contacts.3.email');
    const form = fakeForm({ people: [{ email: '' }] });
    const error = new ApiError('validation', 'email: must be an email address', 400, 'email');
    expect(showApiError(form, error, 'people.0.')).toBeNull();
    expect(form.errors['people.0.email']).toBe('Must be an email address');
  });

  it('returns the words for the form as a whole when no input matches', () => {
    const form = fakeForm({ company: '' });
    const conflict = new ApiError('conflict', 'This workspace already has data.', 409, 'replace');
    expect(showApiError(form, conflict)).toBe('This workspace already has data.');
    expect(showApiError(form, new TypeError('Failed to fetch'))).toBe('Failed to fetch');
  });
});

describe('API errors', () => {
  it('keep the server’s words, and explain an answer without them', () => {
    const known = ApiError.fromBody(
      { error: { code: 'not_found', message: 'No application with id app_x.', field: 'id' } },
      404,
    );
    expect([known.code, known.message, known.field, known.status]).toEqual([
      'not_found',
      'No application with id app_x.',
      'id',
      404,
    ]);
    const unknown = ApiError.fromBody('<html>Bad gateway</html>', 502);
    expect(unknown.message).toContain('unexpected error (502)');
    expect(ApiError.unreachable(new TypeError('x')).message).toContain('did not answer');
  });
});
