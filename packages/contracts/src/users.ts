import { z } from 'zod';
import { BLANK } from './errors.js';
import { boundedText, envelope, nullableText, requiredText, tooLong } from './fields.js';

export const USERNAME_MAX = 64;
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 8;
// Long passphrases are welcome; the cap only keeps a request from hashing megabytes.
export const PASSWORD_MAX = 256;
export const IMAGE_MAX = 2048;
export const BIO_MAX = 10_000;

// ASCII only, so no two usernames look alike (a Cyrillic `а` is not a Latin `a`).
export const Username = requiredText(USERNAME_MAX).regex(
  /^[A-Za-z0-9_-]*$/,
  'may only contain letters, digits, _ and -',
);

/**
 * The form in which two emails are one identity: NFKC (a fullwidth `Ｊ` is `J`, the ligature `ﬁ`
 * is `fi`), then case-folded, upper- then lower-cased so that `ß` and `ss` or `ς` and `σ` compare
 * equal too. The API stores it beside the email as sent, which is what the user sees.
 */
export const canonicalEmail = (email: string) =>
  email.normalize('NFKC').toUpperCase().toLowerCase();

/**
 * Control (Cc) and format (Cf) characters and the rest of Unicode's default-ignorables: they show
 * nothing or only steer the text, so an email holding one looks like another without it.
 */
const INVISIBLE_CHARACTER = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/**
 * `local@domain`, with a dot inside the domain and no whitespace or second `@`: syntax only, no
 * domain lookups (`x_1@test.com` is valid). Searches rather than one pattern, because the obvious
 * pattern, `/^[^\s@]+@[^\s@]+\.[^\s@]+$/`, backtracks: its time grows with the square of the
 * length, and 80 KB took 2 s.
 */
function isEmailShaped(email: string): boolean {
  const at = email.indexOf('@');
  const domain = email.slice(at + 1);
  const dot = domain.indexOf('.', 1);
  return at > 0 && !domain.includes('@') && dot > 0 && dot < domain.length - 1 && !/\s/.test(email);
}

export const Email = requiredText(EMAIL_MAX)
  .refine((email) => !INVISIBLE_CHARACTER.test(email), {
    error: 'must not contain invisible characters',
    abort: true,
  })
  .refine(isEmailShaped, { error: 'is invalid', abort: true })
  // NFKC may lengthen a string (`㎒` is `MHz`): the stored canonical form has the same limit.
  .refine((email) => canonicalEmail(email).length <= EMAIL_MAX, tooLong(EMAIL_MAX));

/** Any characters at all, spaces included: only "" is blank. */
const Secret = boundedText(PASSWORD_MAX).min(1, BLANK);
export const Password = Secret.min(
  PASSWORD_MIN,
  `is too short (minimum is ${PASSWORD_MIN} characters)`,
);

/** An avatar address the browser loads as an image: http or https only, never `javascript:`. */
const WebUrl = z.url({ protocol: z.regexes.httpProtocol });
export const ImageUrl = boundedText(IMAGE_MAX, 'a string or null')
  .refine(
    (image) => image === '' || WebUrl.safeParse(image).success,
    'must be an http or https URL',
  )
  .nullable()
  .optional();

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
  user: envelope({ email: requiredText(EMAIL_MAX), password: Secret }),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const UpdateUserRequest = envelope({
  user: envelope({
    email: Email.optional(),
    username: Username.optional(),
    password: Password.optional(),
    bio: nullableText(BIO_MAX),
    image: ImageUrl,
  }),
});
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;
export type UserChanges = UpdateUserRequest['user'];
