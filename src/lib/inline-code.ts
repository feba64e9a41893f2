/** Splitting plain frontmatter text on `backticks`, so components can show code without parsing Markdown. */

/** A run of plain text or of inline code. */
export interface TextPart { code: boolean; text: string }

/** Splits text into plain and `code` runs; an unmatched backtick stays literal. */
export function splitInlineCode(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const re = /`([^`]+)`/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parts.push({ code: false, text: text.slice(last, m.index) });
    parts.push({ code: true, text: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ code: false, text: text.slice(last) });
  return parts;
}
