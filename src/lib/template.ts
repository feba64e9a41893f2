/**
 * Command templates: shell text with named values written as `{{name}}`.
 * A value may only stand where a whole shell word (or the tail of an assignment, or the
 * head of `word@`) can, outside quotes and heredoc bodies, so that one quoting function can make
 * any user value safe. `findTemplateProblems` enforces that; `renderTemplate` fills it in.
 */
import { quoteShellWord } from './shell-quote.ts';

/** The values a user can set; every template placeholder names one of these. */
export const TEMPLATE_VALUE_NAMES = ['user', 'uid', 'home', 'mtu', 'port', 'dataRoot', 'rootlesskit'] as const;

/** One of the named values a template can use. */
export type TemplateValueName = (typeof TEMPLATE_VALUE_NAMES)[number];

/** Each value's name as the pages and scripts show it (Chinese). */
export const VALUE_LABELS: Readonly<Record<TemplateValueName, string>> = { user: '用户名', uid: 'UID', home: '主目录', mtu: 'MTU', port: '主机端口', dataRoot: 'data-root 目录', rootlesskit: 'rootlesskit 的路径' };

/** A value ready to substitute: a literal the user typed, or a trusted shell expression from our defaults. */
export type TemplateValue = { literal: string } | { shellExpression: string };

const PLACEHOLDER = /\{\{([A-Za-z]+)\}\}/g;

/** Type guard for the names in TEMPLATE_VALUE_NAMES. */
export function isTemplateValueName(name: string): name is TemplateValueName {
  return (TEMPLATE_VALUE_NAMES as readonly string[]).includes(name);
}

/** Names of the placeholders a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/** Marks, for each character of a template, whether it sits inside quotes or a heredoc body. */
function quotedMask(template: string): boolean[] {
  const mask: boolean[] = [];
  let quote: "'" | '"' | null = null;
  let heredocEnd: string | null = null;
  let pendingHeredoc: string | null = null;
  let lineStart = 0;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i] ?? '';
    if (i === lineStart && heredocEnd !== null) {
      const lineEnd = template.indexOf('\n', i);
      const line = template.slice(i, lineEnd === -1 ? undefined : lineEnd);
      const end = line.trim() === heredocEnd;
      for (let j = i; j < i + line.length; j++) mask[j] = !end;
      mask[i + line.length] = false;
      if (end) heredocEnd = null;
      i += line.length;
      lineStart = i + 1;
      continue;
    }
    if (quote === null && ch === '<' && template.startsWith('<<', i)) {
      const m = /^<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/.exec(template.slice(i));
      if (m) pendingHeredoc = m[2] ?? null;
    }
    if (quote === null && (ch === "'" || ch === '"')) quote = ch;
    else if (quote !== null && ch === quote) quote = null;
    else if (quote === '"' && ch === '\\') {
      mask[i] = true;
      i++;
    }
    mask[i] = quote !== null;
    if (ch === '\n') {
      lineStart = i + 1;
      if (pendingHeredoc !== null) [heredocEnd, pendingHeredoc] = [pendingHeredoc, null];
    }
  }
  return mask;
}

/**
 * Commands that put data into another language by hand, with the step kind that does it safely:
 * `echo` interprets backslashes under dash (`\c` ends the output), and daemon.json or unit files
 * written with a redirect are overwritten rather than merged, with values no encoder saw.
 */
const HAND_WRITTEN: readonly [RegExp, string][] = [
  [/(^|[\s;&|(`])echo\b[^\n]*[$`{]/m, 'echo with data: write printf \'%s\\n\' "$x" (dash\'s echo reads backslashes)'],
  [/>\s*\S*daemon\.json|\btee\b[^\n|;&]*daemon\.json/, 'writes daemon.json by hand: use a `daemonJson` step, which merges into the existing file'],
  [/>\s*\S*docker\.service\.d\/|\btee\b[^\n|;&]*docker\.service\.d\//, 'writes a drop-in of the docker user service by hand: use a `serviceEnv` step'],
];

/** Lists what is wrong with a template (unknown names, placeholders in unsafe positions, hand-written data); empty when fine. */
export function findTemplateProblems(template: string): string[] {
  const problems: string[] = HAND_WRITTEN.filter(([pattern]) => pattern.test(template)).map(([, problem]) => problem);
  const mask = quotedMask(template);
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    const start = m.index;
    const end = start + m[0].length;
    if (!isTemplateValueName(name)) {
      problems.push(`unknown value {{${name}}}; use one of: ${TEMPLATE_VALUE_NAMES.join(', ')}`);
      continue;
    }
    const before = template[start - 1] ?? '\n';
    const after = template[end] ?? '\n';
    if (mask[start]) {
      problems.push(`{{${name}}} stands inside quotes or a heredoc body; assign it to a variable first (x={{${name}}}) and use "$x" there`);
    } else if (!/[\s=(]/.test(before) || !/[\s;)@:/|&]/.test(after)) {
      problems.push(`{{${name}}} must be a whole shell word (or follow '='); found "${template.slice(Math.max(0, start - 8), end + 8)}"`);
    }
  }
  return problems;
}

/** Fills a template: literals are shell-quoted, shell expressions are trusted (they come from our own defaults). */
export function renderTemplate(
  template: string,
  values: Readonly<Record<TemplateValueName, TemplateValue>>,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!isTemplateValueName(name)) return whole;
    const value = values[name];
    return 'literal' in value ? quoteShellWord(value.literal) : value.shellExpression;
  });
}
