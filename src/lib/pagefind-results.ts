/**
 * Full-text results from Pagefind, as the search dialog shows them: title, page link and a plain
 * excerpt with the matched words marked. Pagefind's excerpt is HTML with `<mark>`; it is read as
 * text here (tags dropped, entities decoded), never inserted as HTML. Pure.
 */

/** What Pagefind's `result.data()` returns that the dialog uses. */
export interface PagefindData { url: string; meta?: { title?: string }; excerpt?: string }

/** A part of an excerpt, marked when Pagefind matched it. */
export interface ExcerptPart { text: string; mark: boolean }

/** One full-text result. */
export interface FullTextResult { url: string; title: string; excerpt: ExcerptPart[] }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

/** Decodes the few entities Pagefind emits. */
function decode(text: string): string {
  return text.replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole);
}

/** Splits an excerpt into plain parts, marking what sat inside `<mark>`; every other tag is dropped. */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const [i, chunk] of html.split(/<\/?mark>/i).entries()) {
    const text = decode(chunk.replace(/<[^>]*>/g, ''));
    if (text !== '') parts.push({ text, mark: i % 2 === 1 });
  }
  return parts;
}

/** Question words and punctuation that a full-text search should not require (如何卸载 → 卸载, "how to uninstall" → uninstall). */
const QUESTION_WORDS = /如何|怎么样|怎么|怎样|为什么|为何|是否|能不能|可以|吗|呢|啊|[？?！!。，,、]|\b(?:how|to|do|does|i|can|why|what|is|the|a|an)\b/gi;

/** The words of a typed question worth a full-text search; the query itself when nothing is left. */
export function fullTextQuery(query: string): string {
  const words = query.replace(QUESTION_WORDS, ' ').replace(/\s+/g, ' ').trim();
  return words === '' ? query.trim() : words;
}

/** Shapes Pagefind's data into results; pages outside the site base are left out. */
export function fullTextResults(data: readonly PagefindData[], base: string): FullTextResult[] {
  return data
    .filter((d) => typeof d.url === 'string' && d.url.startsWith(base))
    .map((d) => ({ url: d.url, title: decode(d.meta?.title ?? d.url), excerpt: excerptParts(d.excerpt ?? '') }));
}
