/** Splitting an MDX/Markdown file into its YAML frontmatter text and body. */

/** Returns the raw YAML between the leading `---` fences and the body after them, or null when there is none. */
export function splitFrontmatter(source: string): { yaml: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return m ? { yaml: m[1] ?? '', body: m[2] ?? '' } : null;
}
