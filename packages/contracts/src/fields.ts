import { z } from 'zod';
import { BLANK } from './errors.js';

/** Missing or null is "blank"; any other wrong type names the type that was expected. */
const typeError = (expected: string) => (issue: { input?: unknown }) =>
  issue.input == null ? BLANK : `must be ${expected}`;

export const tooLong = (max: number) => `is too long (maximum is ${max} characters)`;

/** PostgreSQL text cannot hold the NUL character (U+0000): refuse it as bad input. */
export const hasNoNul = (text: string) => !text.includes('\u0000');
export const NUL_MESSAGE = 'must not contain the NUL character';

/**
 * One character that shows: not whitespace, not a control character, and not one of the
 * characters Unicode calls default-ignorable (zero-width space, zero-width joiner and non-joiner,
 * the byte order mark, the soft hyphen…), which a text may hold but nobody sees.
 */
const VISIBLE_CHARACTER = /[^\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/** Whether a reader would see anything at all: `"  \u200B "` is blank. */
export const isNotBlank = (text: string) => VISIBLE_CHARACTER.test(text);

/**
 * A string of at most `max` characters, without NUL. The length is checked first, and a string
 * over it is checked no further: no later check or pattern ever runs on the megabyte a body may
 * hold, whatever it costs per character.
 */
export const boundedText = (max: number, expected = 'a string') =>
  z
    .string({ error: typeError(expected) })
    .max(max, { error: tooLong(max), abort: true })
    .refine(hasNoNul, { error: NUL_MESSAGE, abort: true });

/**
 * A required string: its length, then blank (empty, or only whitespace and invisible characters).
 * Kept exactly as sent (no trimming).
 */
export const requiredText = (max: number) =>
  boundedText(max).refine(isNotBlank, { error: BLANK, abort: true });

/** An optional string that may also be null or "" (stored as null): `bio`. */
export const nullableText = (max: number) =>
  boundedText(max, 'a string or null').nullable().optional();

/** The `{ "user": { … } }` envelope every request body has. */
export const envelope = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.object(shape, { error: typeError('an object') });

/** An ISO 8601 timestamp with milliseconds, as `Date.prototype.toISOString()` prints it. */
export const Timestamp = z.iso.datetime({ precision: 3 });
