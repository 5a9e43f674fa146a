import { z } from 'zod';
import { BLANK } from './errors.js';

/** Missing or null is "blank"; any other wrong type names the type that was expected. */
const typeError = (expected: string) => (issue: { input?: unknown }) =>
  issue.input == null ? BLANK : `must be ${expected}`;

export const tooLong = (max: number) => `is too long (maximum is ${max} characters)`;

/** PostgreSQL text cannot hold the NUL character (U+0000): refuse it as bad input. */
export const hasNoNul = (text: string) => !text.includes('\u0000');
export const NUL_MESSAGE = 'must not contain the NUL character';

/** A required string: blank first, then its length. Kept exactly as sent (no trimming). */
export const requiredText = (max: number) =>
  z
    .string({ error: typeError('a string') })
    .min(1, BLANK)
    .max(max, tooLong(max))
    .refine(hasNoNul, NUL_MESSAGE);

/** An optional string that may also be null or "" (stored as null): `bio`, `image`. */
export const nullableText = (max: number) =>
  z
    .string({ error: typeError('a string or null') })
    .max(max, tooLong(max))
    .refine(hasNoNul, NUL_MESSAGE)
    .nullable()
    .optional();

/** The `{ "user": { … } }` envelope every request body has. */
export const envelope = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.object(shape, { error: typeError('an object') });

/** An ISO 8601 timestamp with milliseconds, as `Date.prototype.toISOString()` prints it. */
export const Timestamp = z.iso.datetime({ precision: 3 });
