import { expect, test } from 'vitest';
import { loadContent } from '../../src/node/content-files.ts';
import { COMMON_ERROR_TEXT } from '../../src/lib/common-errors.ts';
import { textTokens } from '../../src/lib/match-model.ts';

test('the background of common error text holds no entry error signature', () => {
  const key = (text: string) => [...textTokens(text)].sort().join(' ');
  const background = new Set(COMMON_ERROR_TEXT.map(key));
  const errors = loadContent(process.cwd()).entries.flatMap((e) => e.data.errors.map((text) => ({ slug: e.slug, text })));
  expect(errors.filter((e) => background.has(key(e.text)))).toEqual([]);
});
