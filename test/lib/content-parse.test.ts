import { describe, expect, test } from 'vitest';
import { formatProblem, parseContentFile } from '../../src/lib/content-parse.ts';
import { EntrySchema } from '../../src/schemas/entry.ts';
import { DistroSchema } from '../../src/schemas/distro.ts';

const FILE = 'src/content/docs/troubleshooting/x.mdx';
const problems = (text: string, file = FILE, schema: Parameters<typeof parseContentFile>[2] = EntrySchema) => {
  const r = parseContentFile(file, text, schema);
  return 'problems' in r ? r.problems.map(formatProblem) : [];
};

describe('parseContentFile', () => {
  test('names the file\'s own line of a YAML syntax error (counting the --- line)', () => {
    expect(problems('---\ntitle: a\nsummary: [\n---\nbody')[0]).toMatch(/^src\/content\/docs\/troubleshooting\/x\.mdx:3: YAML does not parse: Flow sequence/);
  });

  test('names the line of the field a schema problem is about', () => {
    const text = '---\ntitle: t\nsummary: s\ncause: c\nphase: boot\nerrors: [e]\nfix:\n  - title: a\n    restart: true\nverify: [{ run: x, expect: y }]\nsources: [{ title: s, url: "https://a.example" }]\n---\n';
    expect(problems(text)).toEqual([`${FILE}:5: phase: Invalid option: expected one of "install"|"daemon-start"|"pull"|"run"|"network"|"resources"`]);
  });

  test('names the parent\'s line for a missing field, and says what a step needs', () => {
    const text = '---\ntitle: t\nsummary: s\ncause: c\nphase: run\nerrors: [e]\nfix:\n  - title: a\nverify: [{ run: x, expect: y }]\nsources: [{ title: s, url: "https://a.example" }]\n---\n';
    expect(problems(text)).toEqual([`${FILE}:8: fix.0: a fix step needs exactly one of: run, byDistro, install, daemonJson, serviceEnv, restart, appArmorProfile`]);
  });

  test('reads YAML data files from their first line', () => {
    expect(problems('id: x\nname: X\ntab: toolongtablabel\n', 'src/content/distros/x.yaml', DistroSchema)).toContain(
      'src/content/distros/x.yaml:3: tab: keep the tab label to 8 characters: tabs must fit a 390 px screen');
  });

  test('refuses an MDX file without frontmatter', () => {
    expect(problems('# hello')).toEqual([`${FILE}:1: no frontmatter: the file must start with a --- line, the YAML, then another --- line`]);
  });
});
