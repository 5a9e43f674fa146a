import { toFieldErrors } from '@conduit/contracts';
import type { FieldErrors as FormErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * A react-hook-form resolver that checks a form with one of the contracts' schemas, exactly as the
 * API will, and words each problem the API's way (`toFieldErrors`). Every message of a field is
 * kept in `types`, so a form can list them all. The form's submit handler receives the parsed
 * request body; `toRequest` shapes the form's values into it first (say, to drop an empty field).
 */
export function contractResolver<Values extends FieldValues, Output>(
  schema: z.ZodType<Output>,
  toRequest: (values: Values) => unknown = (values) => values,
): Resolver<Values, unknown, Output> {
  return (values) => {
    const result = schema.safeParse(toRequest(values));
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, { type: string; message: string; types: Record<string, string> }> =
      {};
    for (const [field, messages] of Object.entries(toFieldErrors(result.error.issues))) {
      errors[field] = {
        type: 'contract',
        message: messages[0] ?? '',
        types: Object.fromEntries(messages.map((message, index) => [`${index}`, message])),
      };
    }
    return { values: {}, errors: errors as FormErrors<Values> };
  };
}
