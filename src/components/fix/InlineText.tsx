/** Plain text with `inline code` shown as code (never parsed as HTML), like RichText.astro. */
import { splitInlineCode } from '../../lib/inline-code.ts';

/** Renders text, turning backtick runs into <code>. */
export default function InlineText({ text }: { text: string }) {
  return <>{splitInlineCode(text).map((p) => (p.code ? <code>{p.text}</code> : p.text))}</>;
}
