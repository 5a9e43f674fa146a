import { z } from 'zod';

/** The one error body of the API: `{"errors":{"<field or resource>":["message", …]}}`. */
export const ErrorResponse = z.object({
  errors: z.record(z.string(), z.array(z.string())),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;
export type FieldErrors = ErrorResponse['errors'];

/** The RealWorld wording for a required field that is missing, null or "". */
export const BLANK = "can't be blank";

/**
 * Turns validation issues into the error shape's field map. The field is the deepest named key
 * of the issue's path (`article.tagList[2]` → `tagList`), or `body` when the whole body is wrong.
 * Used by the API's validation pipe and the SPA's forms, so both speak the same words.
 */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.findLast((key): key is string => typeof key === 'string') ?? 'body';
    const messages = (errors[field] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return errors;
}
