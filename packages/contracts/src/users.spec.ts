import type { z } from 'zod';
import { toFieldErrors } from './errors.js';
import { canonicalEmail, LoginRequest, RegisterRequest, UpdateUserRequest } from './users.js';

const errorsOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? {} : toFieldErrors(result.error.issues);
};

describe('user contracts', () => {
  it('accepts a complete registration', () => {
    const user = { username: 'jane_doe-1', email: 'x_1@test.com', password: 'a'.repeat(80) };
    expect(RegisterRequest.parse({ user })).toEqual({ user });
  });

  it("says can't be blank first for missing, null and empty fields", () => {
    const errors = errorsOf(RegisterRequest, { user: { username: '', email: null } });
    expect(errors.username?.[0]).toBe("can't be blank");
    expect(errors.email?.[0]).toBe("can't be blank");
    expect(errors.password?.[0]).toBe("can't be blank");
  });

  it('names the field of a wrong type and of a too-short password', () => {
    const errors = errorsOf(RegisterRequest, {
      user: { username: 7, email: 'no-at-sign', password: 'short' },
    });
    expect(errors).toEqual({
      username: ['must be a string'],
      email: ['is invalid'],
      password: ['is too short (minimum is 8 characters)'],
    });
  });

  it('reports a body that is not an object under "body", and a wrong envelope under its name', () => {
    expect(errorsOf(RegisterRequest, [])).toEqual({ body: ['must be an object'] });
    expect(errorsOf(RegisterRequest, { user: [] })).toEqual({ user: ['must be an object'] });
    expect(errorsOf(RegisterRequest, {})).toEqual({ user: ["can't be blank"] });
  });

  it('checks only for blanks at login', () => {
    expect(errorsOf(LoginRequest, { user: { email: 'not an email', password: 'x' } })).toEqual({});
    expect(errorsOf(LoginRequest, { user: { email: '', password: '' } })).toEqual({
      email: ["can't be blank"],
      password: ["can't be blank"],
    });
  });

  it('lets an update null or empty bio and image but not email, username or password', () => {
    expect(errorsOf(UpdateUserRequest, { user: { bio: null, image: '' } })).toEqual({});
    expect(
      errorsOf(UpdateUserRequest, { user: { email: null, username: '', password: '' } }),
    ).toEqual({
      email: ["can't be blank"],
      username: ["can't be blank"],
      password: ["can't be blank", 'is too short (minimum is 8 characters)'],
    });
  });
});

describe('emails as identities', () => {
  it.each([
    ['Jane@Example.COM', 'jane@example.com'],
    ['Ｊａｎｅ@example.com', 'jane@example.com'],
    ['STRAßE@example.com', 'strasse@example.com'],
    ['ﬁona@example.com', 'fiona@example.com'],
  ])('compares %s as %s', (email, canonical) => {
    expect(canonicalEmail(email)).toBe(canonical);
  });

  it.each([
    'ja\u200Dne@example.com',
    'jane@exa\u200Bmple.com',
    '\uFEFFjane@example.com',
    'ja\u00ADne@example.com',
  ])('refuses %j: an invisible character', (email) => {
    expect(
      errorsOf(RegisterRequest, { user: { username: 'jane', email, password: 'p'.repeat(8) } }),
    ).toEqual({
      email: ['must not contain invisible characters'],
    });
  });
});

describe('images', () => {
  const imageErrors = (image: string) => errorsOf(UpdateUserRequest, { user: { image } });

  it.each(['https://example.com/me.png', 'http://localhost:3000/avatars/me.svg', ''])(
    'accepts %j',
    (image) => {
      expect(imageErrors(image)).toEqual({});
    },
  );

  it.each([
    'javascript:alert(1)',
    'data:image/svg+xml,<svg/>',
    'vbscript:x',
    '/me.png',
    'https:/x',
  ])('refuses %j', (image) => {
    expect(imageErrors(image)).toEqual({ image: ['must be an http or https URL'] });
  });
});
