/**
 * The value the caller's state guarantees: a form that passed its required rules, a dialog opened on a row, an
 * action enabled only once its subject loaded. Throws (a programming error, not a user's) when that broke.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}
