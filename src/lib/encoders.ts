/**
 * One encoder per language a value can land in. Each either returns text that the language reads
 * back as exactly the value, or throws: a value is never passed through raw or repaired. The
 * shell encoder is `quoteShellWord` (shell-quote.ts); the others are here.
 */

/** A JSON value as daemon.json holds it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Thrown when a value cannot be written safely in a context; the message says which characters are allowed. */
export class EncodingError extends Error {}

/** JSON text for a value (strings escaped by the JSON encoder, never by hand). */
export function encodeJson(value: JsonValue): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new EncodingError('not a JSON value');
  return text;
}

/** Environment variable names systemd and POSIX shells both accept. */
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
/** Values a unit file reads literally inside double quotes: no `%` specifiers, `$` expansion, quotes, backslashes or spaces. */
const UNIT_VALUE = /^[A-Za-z0-9._/:,+=@-]*$/;

/** A systemd `Environment=` line setting one variable: `Environment="NAME=value"`. */
export function encodeUnitEnvironment(name: string, value: string): string {
  if (!ENV_NAME.test(name)) throw new EncodingError(`environment variable name "${name}" must be upper-case letters, digits and _`);
  if (!UNIT_VALUE.test(value)) throw new EncodingError(`"${value}" cannot be written in a unit file: use letters, digits and . _ / : , + = @ -`);
  return `Environment="${name}=${value}"`;
}

/** Paths an AppArmor profile can name literally: absolute, ASCII letters, digits, `.`, `_`, `-`, `/`; no globbing, no `..`. */
const PROFILE_PATH = /^\/[A-Za-z0-9._/-]+$/;

/** A quoted AppArmor profile path (`"/home/alice/bin/rootlesskit"`): no character AppArmor reads as a pattern or a quote. */
export function encodeAppArmorPath(path: string): string {
  if (!PROFILE_PATH.test(path) || path.split('/').some((s) => s === '..' || s === '.')) {
    throw new EncodingError(`"${path}" cannot name an AppArmor profile: use an absolute path of letters, digits and . _ - /`);
  }
  return `"${path}"`;
}

/** The file name AppArmor profiles use for a path: `/home/a/bin/rootlesskit` → `home.a.bin.rootlesskit` (as upstream's sed does). */
export function appArmorProfileName(path: string): string {
  encodeAppArmorPath(path);
  return path.replace(/^\//, '').replaceAll('/', '.');
}
