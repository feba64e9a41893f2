import { describe, expect, test } from 'vitest';
import { addSources, completePolicy, inlineCode, pagePolicy } from '../../src/lib/csp.ts';

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
  test('adds the hash of every inline script and style to the meta tag', () => {
    const html = completePolicy(page('<script>abc</script><style>de</style>'), hash);
    expect(pagePolicy(html)).toBe("script-src 'self' 'h-3'; style-src 'self' 'h-2';");
  });
  test('never adds unsafe-inline', () => {
    expect(pagePolicy(completePolicy(page('<script>x</script>'), hash))).not.toContain('unsafe-inline');
  });
  test('leaves a page without a policy unchanged', () => {
    expect(completePolicy('<p>hi</p>', hash)).toBe('<p>hi</p>');
  });
});
