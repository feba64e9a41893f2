/** Characters that never need quoting in a POSIX shell word. */
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Quotes one value as a single literal POSIX shell word.
 * Safe words pass unchanged; anything else is wrapped in single quotes, with each
 * embedded single quote written as '\''. NUL cannot appear in a shell word and is rejected.
 */
export function quoteShellWord(value: string): string {
  if (value.includes('\0')) throw new Error('a shell word cannot contain a NUL byte');
  if (value === '') return "''";
  if (SAFE_WORD.test(value) && !value.startsWith('=')) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}
