import { z } from 'zod';
import { envelope, nullableText, requiredText } from './fields.js';

export const USERNAME_MAX = 64;
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 8;
// Long passphrases are welcome; the cap only keeps a request from hashing megabytes.
export const PASSWORD_MAX = 256;
export const IMAGE_MAX = 2048;
export const BIO_MAX = 10_000;

export const Username = requiredText(USERNAME_MAX).regex(
  /^[A-Za-z0-9_-]*$/,
  'may only contain letters, digits, _ and -',
);
// Syntax only: no domain lookups (`x_1@test.com` is valid).
export const Email = requiredText(EMAIL_MAX).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'is invalid');
export const Password = requiredText(PASSWORD_MAX).min(
  PASSWORD_MIN,
  `is too short (minimum is ${PASSWORD_MIN} characters)`,
);

/** The signed-in user, only ever about the caller. `bio` and `image` are null until set. */
export const User = z.object({
  email: z.string(),
  token: z.string(),
  username: z.string(),
  bio: z.string().nullable(),
  image: z.string().nullable(),
});
export type User = z.infer<typeof User>;

export const UserResponse = z.object({ user: User });
export type UserResponse = z.infer<typeof UserResponse>;

export const RegisterRequest = envelope({
  user: envelope({ username: Username, email: Email, password: Password }),
});
export type RegisterRequest = z.infer<typeof RegisterRequest>;

// Login checks only for blanks: anything else wrong is the 401 "credentials invalid".
export const LoginRequest = envelope({
  user: envelope({ email: requiredText(EMAIL_MAX), password: requiredText(PASSWORD_MAX) }),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const UpdateUserRequest = envelope({
  user: envelope({
    email: Email.optional(),
    username: Username.optional(),
    password: Password.optional(),
    bio: nullableText(BIO_MAX),
    image: nullableText(IMAGE_MAX),
  }),
});
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;
export type UserChanges = UpdateUserRequest['user'];
