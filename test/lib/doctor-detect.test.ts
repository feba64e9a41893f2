import { describe, expect, test } from 'vitest';
import { checkFact, detectEntry, leadingVersion } from '../../src/lib/doctor-detect.ts';
import { parseDoctorReport } from '../../src/lib/doctor-report.ts';
import { DetectSchema, FactSchema } from '../../src/schemas/detect.ts';

/** A report with just these lines (every other key unknown). */
const report = (...lines: string[]) => parseDoctorReport(['# rootless-doctor report v1', ...lines, '# log', '# end'].join('\n'));
const fact = (f: object) => FactSchema.parse(f);
const status = (f: object, ...lines: string[]) => checkFact(fact(f), report(...lines)).status;

describe('one fact against a report', () => {
  test.each([
    [{ key: 'linger', is: 'no' }, 'linger=no', 'found'],
    [{ key: 'linger', is: 'no' }, 'linger=yes', 'passed'],
    [{ key: 'linger', not: 'yes' }, 'linger=no', 'found'],
    [{ key: 'subuid_count', below: 65536 }, 'subuid_count=4096', 'found'],
    [{ key: 'subuid_count', above: 0, below: 65536 }, 'subuid_count=0', 'passed'],
    [{ key: 'subuid_count', above: 0, below: 65536 }, 'subuid_count=65536', 'passed'],
    [{ key: 'cgroup_controllers_delegated', lacks: 'cpu' }, 'cgroup_controllers_delegated=memory pids', 'found'],
    [{ key: 'cgroup_controllers_delegated', lacks: 'cpu' }, 'cgroup_controllers_delegated=cpuset cpu io memory pids', 'passed'],
    [{ key: 'dockerd_running', contains: 'self' }, 'dockerd_running=self root', 'found'],
    [{ key: 'dockerd_version', in: '<29.5' }, 'dockerd_version=29.4.3', 'found'],
    [{ key: 'dockerd_version', in: '<29.5' }, 'dockerd_version=29.7.2', 'passed'],
    [{ key: 'kernel', in: '<5.11' }, 'kernel=4.18.0-553.el8_10.x86_64', 'found'],
    [{ key: 'kernel', in: '<5.11' }, 'kernel=6.8.0-60-generic', 'passed'],
    [{ key: 'unprivileged_userns_clone', is: 0 }, 'unprivileged_userns_clone=absent', 'passed'],
  ])('%o with %s: %s', (f, line, expected) => {
    expect(status(f, line)).toBe(expected);
  });

  test.each([
    [{ key: 'linger', is: 'no' }, ['linger=unknown']],
    [{ key: 'linger', not: 'yes' }, ['linger=unknown']],
    [{ key: 'linger', is: 'no' }, []],
    [{ key: 'subuid_count', below: 65536 }, ['subuid_count=lots']],
    [{ key: 'cgroup_controllers_delegated', lacks: 'cpu' }, ['cgroup_controllers_delegated=unknown']],
    [{ key: 'dockerd_version', in: '<29.5' }, ['dockerd_version=unknown']],
  ] as [object, string[]][])('%o cannot be checked when the report does not say (%j)', (f, lines) => {
    expect(status(f, ...lines)).toBe('unchecked');
  });

  test('a kernel or program version is read from its leading numbers', () => {
    expect(leadingVersion('6.8.0-45-generic')).toEqual([6, 8, 0]);
    expect(leadingVersion('v29.5.1')).toEqual([29, 5, 1]);
    expect(leadingVersion('2024_12_11.09478d5')).toBeUndefined();
  });
});

describe('an entry\'s rules', () => {
  const detect = DetectSchema.parse({
    rules: [
      { says: 'no linger', all: [{ key: 'linger', is: 'no' }, { key: 'systemd_pid1', is: 'yes' }] },
      { says: 'no subuid', all: [{ key: 'subuid_count', is: 0 }] },
    ],
  });

  test('found by the first rule whose facts all hold, with that rule\'s sentence and facts', () => {
    const outcome = detectEntry(detect, report('linger=yes', 'systemd_pid1=yes', 'subuid_count=0'));
    expect(outcome.status).toBe('found');
    expect(outcome.found).toEqual({ says: 'no subuid', facts: [{ key: 'subuid_count', value: '0', status: 'found' }] });
  });

  test('passed only when every rule has a fact the report rules out', () => {
    expect(detectEntry(detect, report('linger=yes', 'systemd_pid1=yes', 'subuid_count=65536')).status).toBe('passed');
  });

  test('not checked when a rule could still hold for all the report says', () => {
    expect(detectEntry(detect, report('linger=unknown', 'systemd_pid1=yes', 'subuid_count=65536')).status).toBe('unchecked');
  });
});
