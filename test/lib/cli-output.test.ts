import { describe, expect, test } from 'vitest';
import { messagesFor, pageUrl } from '../../src/lib/cli-output.ts';

describe('messagesFor', () => {
  test.each([
    [['en_US.UTF-8'], 'en'],
    [['zh_CN.UTF-8'], 'zh'],
    [[undefined, undefined, undefined], 'zh'],
    // C and POSIX name no language: the next variable decides (LC_ALL=C is common in scripts).
    [['C', undefined, 'en_US.UTF-8'], 'en'],
    [['C.UTF-8', 'POSIX', 'en_GB.UTF-8'], 'en'],
    [['', 'en_US.UTF-8', 'zh_CN.UTF-8'], 'en'],
    [['zh_CN.UTF-8', undefined, 'en_US.UTF-8'], 'zh'],
  ] as const)('%j speaks %s', (locales, lang) => {
    expect(messagesFor(...locales).healthy.startsWith('The report')).toBe(lang === 'en');
  });
});

describe('pageUrl', () => {
  test.each([
    ['/', undefined, '/troubleshooting/x/'],
    ['/docs/rootless/', undefined, '/docs/rootless/troubleshooting/x/'],
    ['docs/rootless', 'https://ex.com', 'https://ex.com/docs/rootless/troubleshooting/x/'],
    ['//docs//', 'https://ex.com/', 'https://ex.com/docs/troubleshooting/x/'],
  ])('base %j on %j', (base, site, url) => {
    expect(pageUrl('/troubleshooting/x/', site, base)).toBe(url);
  });
});
