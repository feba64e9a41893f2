import { describe, expect, test } from 'vitest';
import { DetectSchema } from '../../src/schemas/detect.ts';

/** The messages of a detect block that does not parse. */
const problems = (detect: unknown) => DetectSchema.safeParse(detect).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
const rule = (...all: object[]) => ({ rules: [{ says: '报告显示问题', all }] });

describe('detect rules in frontmatter', () => {
  test('a sound block parses; YAML numbers and words become the text the report prints', () => {
    const d = DetectSchema.parse(rule({ key: 'unprivileged_userns_clone', is: 0 }, { key: 'linger', is: 'no' }, { key: 'cgroup_version', is: ['1', 'hybrid'] }));
    expect(d.rules[0]?.all.map((f) => f.is)).toEqual([['0'], ['no'], ['1', 'hybrid']]);
    expect(d.after).toEqual([]);
  });

  test.each([
    ['a key the report does not have', rule({ key: 'lingering', is: 'no' }), /not a doctor report key/],
    ['a value the key can never hold', rule({ key: 'linger', is: 'No' }), /linger can never be "No"/],
    ['unknown as a value (it never matches)', rule({ key: 'linger', is: 'unknown' }), /unknown never matches/],
    ['a number test on a yes/no key', rule({ key: 'linger', below: 1 }), /"below" needs a numeric key/],
    ['a list test on a number', rule({ key: 'subuid_count', contains: '0' }), /"contains" needs a list key/],
    ['a version range on a yes/no key', rule({ key: 'ipv6', in: '<29.5' }), /"in" needs a version key/],
    ['a malformed version range', rule({ key: 'dockerd_version', in: '29.5' }), /not a comparison/],
    ['two tests in one fact', rule({ key: 'linger', is: 'no', not: 'yes' }), /exactly one of/],
    ['no test at all', rule({ key: 'linger' }), /exactly one of/],
    ['a rule without facts', { rules: [{ says: 'x', all: [] }] }, /at least 1|>=1/],
    ['a rule without its sentence', { rules: [{ all: [{ key: 'linger', is: 'no' }] }] }, /says/],
    ['covers naming a non-slug', { ...rule({ key: 'linger', is: 'no' }), covers: ['Not A Slug'] }, /covers/],
  ])('refuses %s, saying what is wrong', (_, detect, message) => {
    expect(problems(detect).join('\n')).toMatch(message);
  });

  test('above and below together make a range', () => {
    expect(problems(rule({ key: 'subuid_count', above: 0, below: 65536 }))).toEqual([]);
  });
});
