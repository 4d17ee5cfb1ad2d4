import * as v from 'valibot';
import { limits } from '../shared/limits.ts';

/**
 * Checks a request against its schema and throws a clear error naming what does not fit. Requests
 * bigger than the message cap are refused before their shape is looked at.
 */
export function validate<Schema extends v.GenericSchema>(
  schema: Schema,
  payload: unknown,
  what: string,
  maxBytes: number = limits.messageBytes,
): v.InferOutput<Schema> {
  const size = JSON.stringify(payload ?? null).length;
  if (size > maxBytes) {
    throw new Error(`${what} refused: ${size} bytes is over the ${maxBytes}-byte limit`);
  }
  const parsed = v.safeParse(schema, payload);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((step) => String(step.key)).join('.') ?? '';
    throw new Error(`${what} refused: ${path ? `${path}: ` : ''}${issue.message}`);
  }
  return parsed.output;
}
