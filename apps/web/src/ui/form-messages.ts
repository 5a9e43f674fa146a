import type { FieldErrors as FormErrors, FieldValues } from 'react-hook-form';
import { errorMessages } from '../api/errors';

/**
 * Everything a form has to tell: its own checks first (`title can't be blank`), else the failure
 * of its last submission (the API's 422/409/401 messages, or `Unable to connect…`).
 */
export function formMessages<Values extends FieldValues>(
  formErrors: FormErrors<Values>,
  submitError: unknown,
): string[] {
  const checks = Object.entries(formErrors).flatMap(([field, error]) => {
    const types = (error as { types?: Record<string, unknown> } | undefined)?.types ?? {};
    return Object.values(types)
      .filter((message): message is string => typeof message === 'string')
      .map((message) => `${field} ${message}`);
  });
  if (checks.length > 0) return checks;
  return submitError == null ? [] : errorMessages(submitError);
}
