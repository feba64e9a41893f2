/**
 * Parsing one content file's text (MDX frontmatter or a YAML data file) and validating it with
 * its schema, with every problem located at the file's own line. Pure: the caller reads files.
 */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { ZodType } from 'astro/zod';

/** A problem in a content file, located for the person who fixes it. */
export interface ContentProblem {
  /** Path relative to the project. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** What is wrong and what to do. */
  message: string;
}

/** `file:line: message`, the form editors and terminals link to. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line !== undefined ? `:${p.line}` : ''}: ${p.message}`;
}

/** The YAML of a file and the number of lines before it (1 for frontmatter after its `---`), or a problem. */
function yamlOf(file: string, text: string): { yaml: string; offset: number } | ContentProblem {
  if (!/\.mdx?$/.test(file)) return { yaml: text, offset: 0 };
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return m ? { yaml: m[1] ?? '', offset: 1 } : { file, line: 1, message: 'no frontmatter: the file must start with a --- line, the YAML, then another --- line' };
}

/** The line of the YAML node at a schema issue's path, or of its nearest parent that exists. */
function lineAt(doc: Document, lines: LineCounter, path: readonly PropertyKey[], offset: number): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line + offset;
  }
  return undefined;
}

/** Parses and validates one file; returns its data or every problem in it (YAML syntax first, then schema). */
export function parseContentFile<T>(file: string, text: string, schema: ZodType<T>): { data: T } | { problems: ContentProblem[] } {
  const source = yamlOf(file, text);
  if ('message' in source) return { problems: [source] };
  const lines = new LineCounter();
  const doc = parseDocument(source.yaml, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        line: lines.linePos(e.pos[0]).line + source.offset,
        message: `YAML does not parse: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    };
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { data: result.data };
  return {
    problems: result.error.issues.map((issue) => {
      const line = lineAt(doc, lines, issue.path, source.offset);
      return { file, ...(line !== undefined && { line }), message: `${issue.path.join('.') || '(top level)'}: ${issue.message}` };
    }),
  };
}
