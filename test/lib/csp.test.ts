import { describe, expect, test } from 'vitest';
import { addSources, completePolicy, inlineCode, inlineScriptsOf, pagePolicy } from '../../src/lib/csp.ts';

const hash = (text: string) => `'h-${text.length}'`;
const page = (body: string) =>
  `<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;; style-src &#39;self&#39;"></head>${body}`;

describe('inlineCode', () => {
  test('finds inline scripts and styles but not external scripts', () => {
    const found = inlineCode('<script>a()</script><script type="module" src="/x.js"></script><style>p{}</style>');
    expect(found).toEqual({ scripts: ['a()'], styles: ['p{}'] });
  });
});

describe('addSources', () => {
  test('appends new sources once and keeps the others', () => {
    expect(addSources("script-src 'self'; img-src 'self'", 'script-src', ["'h-1'", "'self'"])).toBe("script-src 'self' 'h-1'; img-src 'self';");
  });
  test('adds a missing directive', () => {
    expect(addSources("img-src 'self'", 'style-src', ["'h-2'"])).toBe("img-src 'self'; style-src 'h-2';");
  });
});

describe('completePolicy', () => {
  const known = { scripts: new Set(['theme()']), styles: new Set(['.a { b: c }']) };

  test('adds the hash of a known inline script and style (matched by text, whitespace aside)', () => {
    const { html, unknown } = completePolicy(page('<script>\n  theme()\n</script><style>.a {  b: c }</style>'), hash, known);
    expect(pagePolicy(html)).toBe("script-src 'self' 'h-11'; style-src 'self' 'h-12';");
    expect(unknown).toEqual([]);
  });

  test('refuses a script that content smuggled in, and does not bless it', () => {
    const { html, unknown } = completePolicy(page('<title>T</title><script>alert(1)</script><title></title>'), hash, known);
    expect(unknown).toEqual(['inline script: alert(1)']);
    expect(pagePolicy(html)).toBe("script-src 'self'; style-src 'self'");
  });

  test('accepts what Astro already hashed, without adding it twice', () => {
    const hashed = `<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &#39;h-5&#39;"></head><script>bundl</script>`;
    const { html, unknown } = completePolicy(hashed, hash, known);
    expect([pagePolicy(html), unknown]).toEqual(["script-src 'self' 'h-5'", []]);
  });

  test('never adds unsafe-inline', () => {
    expect(pagePolicy(completePolicy(page('<script>theme()</script>'), hash, known).html)).not.toContain('unsafe-inline');
  });

  test('leaves a page without a policy unchanged', () => {
    expect(completePolicy('<p>hi</p>', hash, known)).toEqual({ html: '<p>hi</p>', unknown: [] });
  });
});

describe('inlineScriptsOf', () => {
  test('reads the is:inline scripts of a component, normalised', () => {
    expect(inlineScriptsOf('<script is:inline>\n\tfoo();\n</script><script>bar()</script>')).toEqual(['foo();']);
  });
});
