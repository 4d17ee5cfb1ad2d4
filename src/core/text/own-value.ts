/**
 * The value a plain-object table holds under `key` itself, never one its prototype answers: page words such as
 * "constructor" or "__proto__" must read as unknown words, not as Object's methods.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
