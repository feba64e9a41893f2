import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../scripts/load-content.ts';
import slugs from '../fixtures/content-slugs.json';
import { slugsFromContentMd } from './content-md.ts';

const dist = join(process.cwd(), 'dist');
const page = (path: string) => join(dist, path, 'index.html');

describe('the slug inventory', () => {
  test.skipIf(!slugsFromContentMd())('matches the shared CONTENT.md exactly', () => {
    const fromMd = slugsFromContentMd();
    expect(fromMd?.troubleshooting.sort()).toEqual([...slugs.troubleshooting].sort());
    expect(fromMd?.limitations.sort()).toEqual([...slugs.limitations].sort());
  });

  test('lists exactly the entries and limitations that exist as content', () => {
    const content = loadContent(process.cwd());
    expect(content.entries.map((e) => e.slug).sort()).toEqual([...slugs.troubleshooting].sort());
    expect(content.limitations.map((l) => l.slug).sort()).toEqual([...slugs.limitations].sort());
  });
});

describe('the built site', () => {
  test.each(slugs.troubleshooting)('has a troubleshooting page for %s with fix and verify sections', (slug) => {
    expect(existsSync(page(`troubleshooting/${slug}`))).toBe(true);
    const html = readFileSync(page(`troubleshooting/${slug}`), 'utf8');
    expect(html).toContain('id="fix"');
    expect(html).toContain('id="verify"');
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
  });

  test.each(slugs.limitations)('has a limitation page for %s', (slug) => {
    expect(existsSync(page(`limitations/${slug}`))).toBe(true);
  });

  test.each(slugs.reference)('has the reference page %s', (path) => {
    expect(existsSync(page(path))).toBe(true);
  });

  test('shows every entry on the home page, grouped by phase', () => {
    const home = readFileSync(page(''), 'utf8');
    for (const slug of [...slugs.troubleshooting, ...slugs.limitations]) expect(home).toContain(`/${slug}/"`);
    expect(home).toContain('id="phase-daemon-start"');
  });

  test('renders the network driver comparison as a real table', () => {
    const html = readFileSync(page('networking/drivers'), 'utf8');
    const rows = html.split('<table')[1]?.split('</table>')[0]?.match(/<tr>/g) ?? [];
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(html).toContain('bypass4netns');
  });
});
