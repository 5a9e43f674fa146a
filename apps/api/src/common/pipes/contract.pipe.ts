import { type PipeTransform } from '@nestjs/common';
import { toFieldErrors } from '@conduit/contracts';
import type { z } from 'zod';
import { ValidationFailed } from '../errors/domain-errors.js';

/**
 * Validates a body or query with its contract schema and hands the controller the parsed value.
 * A failure becomes a 422 with per-field messages in the API's wording.
 */
export class ContractPipe<Schema extends z.ZodType> implements PipeTransform<
  unknown,
  z.output<Schema>
> {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown): z.output<Schema> {
    return parseContract(this.schema, value);
  }
}

export function parseContract<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationFailed(toFieldErrors(result.error.issues));
  return result.data;
}
