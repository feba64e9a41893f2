import { describe, expect, test } from 'vitest';
import { DOCTOR_DATA_VERSION, diagnose, fixOrder, isDoctorData, type DoctorData, type DoctorEntry } from '../../src/lib/doctor-diagnose.ts';
import { parseDoctorReport } from '../../src/lib/doctor-report.ts';
import type { MatchOutcome } from '../../src/lib/matcher.ts';
import type { Phase } from '../../src/schemas/entry.ts';
import { DetectSchema } from '../../src/schemas/detect.ts';
import { REPORT_KEYS } from '../../src/schemas/report.ts';
import { DISTROS, entry } from '../support/fixtures.ts';

/** An entry found when `key` has `value`. */
const doctorEntry = (slug: string, phase: Phase, key: string, value: string, extra: object = {}): DoctorEntry => ({
  slug, title: slug, path: `/troubleshooting/${slug}/`, phase, summary: slug,
  detect: DetectSchema.parse({ rules: [{ says: `${key} is ${value}`, all: [{ key, is: value }] }], ...extra }),
  fix: entry({ fix: [{ title: `fix ${slug}`, run: `echo ${slug}` }, { title: 'restart', restart: true }] }),
});
const DATA: DoctorData = {
  version: 1, distros: DISTROS,
  entries: [
    doctorEntry('linger-off', 'daemon-start', 'linger', 'no', { after: ['no-subuid'] }),
    doctorEntry('no-subuid', 'daemon-start', 'subuid_count', '0'),
    doctorEntry('ping', 'network', 'ping_group_range', '1 0'),
    doctorEntry('as-root', 'install', 'is_root', 'yes', { covers: 'all' }),
    doctorEntry('in-container', 'daemon-start', 'in_container', 'yes', { covers: ['ping'] }),
    { slug: 'log-only', title: 'log-only', path: '/troubleshooting/log-only/', phase: 'run', summary: '', fix: entry({}) },
  ],
};
/** A readable report: the given lines, every other key present as `unknown` (as doctor.sh prints what it cannot tell). */
const report = (...lines: string[]) => {
  const given = new Set(['distro_id', 'distro_version_id', ...lines.map((l) => l.split('=')[0])]);
  const rest = REPORT_KEYS.filter((k) => !given.has(k)).map((k) => `${k}=unknown`);
  return parseDoctorReport(['# rootless-doctor report v1', 'distro_id=ubuntu', 'distro_version_id=24.04', ...lines, ...rest, '# log', 'some error line', '# end'].join('\n'));
};
const slugs = (...lines: string[]) => diagnose(report(...lines), DATA).problems.map((p) => p.slug);
const outcome = (confidence: MatchOutcome['confidence'], ...found: string[]): MatchOutcome => ({
  confidence, capped: false, results: found.map((slug) => ({ slug, title: slug, score: 0.9, line: 'some error line', signature: 'sig' })),
});

describe('what a report shows', () => {
  test('problems in fix order: phase first, then `after`, whatever order the rules are in', () => {
    expect(slugs('ping_group_range=1 0', 'linger=no', 'subuid_count=0')).toEqual(['no-subuid', 'linger-off', 'ping']);
  });

  test('an entry that covers others hides them; `all` hides everything and what passed', () => {
    expect(slugs('in_container=yes', 'ping_group_range=1 0', 'linger=no')).toEqual(['in-container', 'linger-off']);
    const root = diagnose(report('is_root=yes', 'linger=no', 'ping_group_range=0 1'), DATA);
    expect(root.problems.map((p) => p.slug)).toEqual(['as-root']);
    expect(root.passed).toEqual([]);
  });

  test('passed and unchecked entries are listed with the values that decided', () => {
    const d = diagnose(report('linger=yes', 'subuid_count=65536'), DATA);
    expect(d.passed.map((c) => c.slug).sort()).toEqual(['linger-off', 'no-subuid']);
    expect(d.passed.find((c) => c.slug === 'linger-off')?.facts).toEqual([{ key: 'linger', value: 'yes', status: 'passed' }]);
    expect(d.unchecked.map((c) => c.slug).sort()).toEqual(['as-root', 'in-container', 'ping']);
  });

  test('each problem carries its fix for the machine and the one script restarts once', () => {
    const d = diagnose(report('linger=no', 'subuid_count=0'), DATA);
    expect(d.problems[0]?.fix.steps.map((s) => s.title)).toEqual(['fix no-subuid', 'restart']);
    expect(d.script).toMatch(/echo no-subuid[\s\S]*echo linger-off[\s\S]*systemctl --user restart docker\n$/);
    expect(d.script?.match(/restart docker/g)).toHaveLength(1);
  });
});

describe('the one script', () => {
  const byHandFirst = (slug: string, extra: object = {}): DoctorEntry => ({
    ...doctorEntry(slug, 'daemon-start', 'linger', 'no', extra),
    fix: entry({ fix: [{ title: 'log in', run: 'sudo machinectl shell alice@', byHand: true }, { title: 'start', run: 'systemctl --user start docker' }] }),
  });
  test('is not offered when it would begin with a step run by hand (it would stop having done nothing)', () => {
    const d = diagnose(report('linger=no'), { ...DATA, entries: [byHandFirst('login')] });
    expect(d.problems.map((p) => p.slug)).toEqual(['login']);
    expect(d.script).toBeUndefined();
    // After a step that runs, it is: the script stops at the hand-run step with exit 1.
    const both = diagnose(report('linger=no', 'subuid_count=0'), { ...DATA, entries: [DATA.entries[1]!, byHandFirst('login', { after: ['no-subuid'] })] });
    expect(both.script).toMatch(/echo no-subuid[\s\S]*manual_step '第 2 步（log in）要在你自己的终端里亲手运行/);
  });

  test('is not offered for a report too mangled to read', () => {
    const d = diagnose(parseDoctorReport('# rootless-doctor report v1\nlinger=no\nsubuid_count=0\n# log\n# end\n'), DATA);
    expect(d.report.readable).toBe(false);
    expect(d.problems.length).toBeGreaterThan(0);
    expect(d.script).toBeUndefined();
  });
});

describe('what the log shows', () => {
  test('a confident match of the log adds its entry, with the line', () => {
    const d = diagnose(report('linger=yes'), DATA, () => outcome('high', 'log-only'));
    expect(d.problems.map((p) => [p.slug, p.evidence.kind])).toEqual([['log-only', 'log']]);
  });

  test('two close causes: the report settles it when it rules one out', () => {
    const d = diagnose(report('linger=yes'), DATA, () => outcome('ambiguous', 'linger-off', 'log-only'));
    expect(d.problems.map((p) => p.slug)).toEqual(['log-only']);
    expect(d.logHints).toEqual([]);
  });

  test('two close causes the report cannot settle are shown as hints, not as problems', () => {
    const d = diagnose(report(), DATA, () => outcome('ambiguous', 'linger-off', 'log-only'));
    expect(d.problems).toEqual([]);
    expect(d.logHints.map((h) => h.slug)).toEqual(['linger-off', 'log-only']);
  });

  test('the log never brings back an entry the report ruled out, and a low-confidence match adds nothing', () => {
    const ruled = diagnose(report('linger=yes'), DATA, () => outcome('high', 'linger-off'));
    expect(ruled.problems).toEqual([]);
    // The line is still said, with the entry the report rules out.
    expect(ruled.logRuledOut.map((m) => [m.slug, m.line])).toEqual([['linger-off', 'some error line']]);
    expect(diagnose(report(), DATA, () => outcome('low', 'log-only')).problems).toEqual([]);
  });
});

test('fixOrder keeps phases first and falls back to slug order', () => {
  const items = [{ slug: 'b', phase: 'network' as Phase }, { slug: 'c', phase: 'install' as Phase }, { slug: 'a', phase: 'network' as Phase }];
  expect(fixOrder(items, (s) => (s === 'a' ? ['b'] : [])).map((i) => i.slug)).toEqual(['c', 'b', 'a']);
});

test('fixOrder puts an entry after what its `after` names even in a later phase (the install tool after the requirements it checks)', () => {
  const items = [{ slug: 'tool', phase: 'install' as Phase }, { slug: 'subuid', phase: 'daemon-start' as Phase }, { slug: 'linger', phase: 'daemon-start' as Phase }, { slug: 'other', phase: 'install' as Phase }];
  expect(fixOrder(items, (s) => (s === 'tool' ? ['subuid'] : [])).map((i) => i.slug)).toEqual(['other', 'linger', 'subuid', 'tool']);
});

describe('isDoctorData', () => {
  test('accepts data of this version and refuses stale or broken copies', () => {
    expect(isDoctorData({ version: DOCTOR_DATA_VERSION, distros: [], entries: [] })).toBe(true);
    expect(isDoctorData({ version: DOCTOR_DATA_VERSION - 1, distros: [], entries: [] })).toBe(false);
    expect(isDoctorData({ version: DOCTOR_DATA_VERSION, entries: [] })).toBe(false);
    expect(isDoctorData(null)).toBe(false);
  });
});
