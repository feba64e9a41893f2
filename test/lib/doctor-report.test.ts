import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isDoctorReport, MAX_LINE_LENGTH, parseDoctorReport, REPORT_HEADER } from '../../src/lib/doctor-report.ts';
import { REPORT_KEYS, ReportSchema } from '../../src/schemas/report.ts';

const FIXTURES = join(process.cwd(), 'test/fixtures/reports');
const fixtureNames = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const SLUGS = new Set(readdirSync(join(process.cwd(), 'src/content/docs/troubleshooting')).map((f) => f.replace(/\.mdx$/, '')));

/** A small report: the given key lines (every other key missing), a log, and the end marker. */
const small = (lines: string[], log: string[] = []) => [REPORT_HEADER, ...lines, '# log', ...log, '# end', ''].join('\n');

describe('isDoctorReport', () => {
  test('finds the header alone, after a prompt line, after a prompt on the same line, in CRLF and in colour', () => {
    expect(isDoctorReport(fixture('healthy-ubuntu2404.txt'))).toBe(true);
    expect(isDoctorReport(`alice@ubuntu-dev:~$ sh doctor.sh\n${REPORT_HEADER}\nuser=alice\n`)).toBe(true);
    expect(isDoctorReport(`alice@ubuntu-dev:~$ ${REPORT_HEADER}   \n`)).toBe(true);
    expect(isDoctorReport(`$ sh doctor.sh\r\n${REPORT_HEADER}\r\nuser=alice\r\n`)).toBe(true);
    expect(isDoctorReport(`\u001b[32m${REPORT_HEADER}\u001b[0m\n`)).toBe(true);
    expect(isDoctorReport(`Please help, here is my report:\n\n${fixture('no-linger-ubuntu2404.txt')}\nthanks!`)).toBe(true);
  });

  test('is false for logs, other versions and the name in running text', () => {
    expect(isDoctorReport('[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted')).toBe(false);
    expect(isDoctorReport('# rootless-doctor report v2\nuser=alice\n')).toBe(false);
    expect(isDoctorReport('# rootless-doctor report v10\n')).toBe(false);
    expect(isDoctorReport('see the # rootless-doctor report v1 section below')).toBe(false);
    expect(isDoctorReport('')).toBe(false);
  });
});

describe('the fixture reports', () => {
  test('there is one per problem and several with many', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(30);
    expect(fixtureNames.filter((n) => n.startsWith('multi-')).length).toBeGreaterThanOrEqual(3);
    expect(fixtureNames).toContain('healthy-ubuntu2404.txt');
  });

  test.each(fixtureNames)('%s parses cleanly, with every key, sources and the entries it expects', (name) => {
    const text = fixture(name);
    const lines = text.split('\n');
    expect(lines[0]).toBe(REPORT_HEADER);
    const parsed = parseDoctorReport(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.unknownKeys).toEqual([]);
    expect(parsed.version).toBe(1);
    for (const key of REPORT_KEYS) expect(Object.hasOwn(parsed.values, key), key).toBe(true);
    // Values as the script prints them: one line, no control characters.
    // eslint-disable-next-line no-control-regex
    for (const [key, value] of Object.entries(parsed.values)) expect(value, key).not.toMatch(/[\u0000-\u001f]/);
    expect(lines.some((l) => l.startsWith('# source: ') || l.startsWith('# note: values deliberately hostile'))).toBe(true);
    const expectLine = lines.find((l) => l.startsWith('# expect: '));
    expect(expectLine, 'a "# expect:" line').toBeDefined();
    const listed = expectLine!.slice('# expect: '.length).split(' ').filter((s) => s !== '');
    const slugs = listed.join(' ') === 'none' ? [] : listed;
    for (const slug of slugs) expect(SLUGS.has(slug), `${slug} is not an entry`).toBe(true);
    if (name.startsWith('healthy-')) expect(slugs).toEqual([]);
    else expect(slugs.length).toBeGreaterThan(0);
    if (name.startsWith('multi-')) expect(slugs.length).toBeGreaterThan(1);
    if (parsed.values.log_source === 'journal') expect(parsed.log).not.toBe('');
  });

  test('typed values come out typed', () => {
    const { report } = parseDoctorReport(fixture('healthy-ubuntu2404.txt'));
    expect(report).toMatchObject({
      uid: 1000, subuid_count: 65536, subuid_ranges: [{ start: 100000, count: 65536 }], max_user_namespaces: 63379,
      apparmor_restrict_unprivileged_userns: 1, ping_group_range: '0 2147483647', cgroup_version: '2',
      cgroup_controllers_delegated: ['cpuset', 'cpu', 'io', 'memory', 'pids'], modules_builtin: [], docker_host: '',
      network_driver: 'slirp4netns', engine_version: '29.7.2', dockerd_running: ['self'], slow_commands: [],
    });
    const debian10 = parseDoctorReport(fixture('debian10-userns-clone.txt')).report;
    expect(debian10).toMatchObject({ unprivileged_userns_clone: 0, apparmor_restrict_unprivileged_userns: 'absent', cgroup_controllers_delegated: 'unknown', getsubids_count: 'unknown' });
    expect(parseDoctorReport(fixture('pasta-arch.txt')).report.distro_version_id).toBe('unknown');
  });
});

describe('parseDoctorReport on messy pastes', () => {
  test('a prompt before, CRLF, colour codes, indentation, trailing blanks, a missing # end and a prompt after', () => {
    const text = [
      '\u001b[01;32malice@ubuntu-dev\u001b[00m:\u001b[01;34m~\u001b[00m$ sh doctor.sh',
      REPORT_HEADER,
      '    user=alice   ',
      '\tuid=1000',
      '\u001b[1mlinger=no\u001b[0m',
      'docker_host=',
      '# log',
      'Jun 02 09:14:02 ubuntu-dev systemd[1412]: Starting docker.service - Docker Application Container Engine (Rootless)...   ',
      'alice@ubuntu-dev:~$ ',
    ].join('\r\n');
    const parsed = parseDoctorReport(text);
    expect(parsed.values).toMatchObject({ user: 'alice', uid: '1000', linger: 'no', docker_host: '' });
    expect(parsed.report).toMatchObject({ user: 'alice', uid: 1000, linger: 'no' });
    expect(parsed.log.split('\n')[0]).toBe('Jun 02 09:14:02 ubuntu-dev systemd[1412]: Starting docker.service - Docker Application Container Engine (Rootless)...');
    expect(parsed.problems.some((p) => p.includes('# end'))).toBe(true);
  });

  test('comment lines (# source:, # expect:) are ignored; a log line reading "# end" does not end the log early', () => {
    const parsed = parseDoctorReport(small(['# source: https://docs.kernel.org/networking/ip-sysctl.html', 'ping_group_range=1 0'], ['first', '# end', 'last']));
    expect(parsed.values.ping_group_range).toBe('1 0');
    expect(parsed.log).toBe('first\n# end\nlast');
    expect(parsed.unknownKeys).toEqual([]);
  });

  test('everything after the last # end (the next prompt, a reply) is ignored', () => {
    const parsed = parseDoctorReport(`${small(['user=alice'])}alice@host:~$ echo done\ndone\n`);
    expect(parsed.log).toBe('');
    expect(parsed.problems.filter((p) => !p.startsWith('报告里只读到'))).toEqual([]);
  });

  test('missing keys are unknown in values and report; a few are listed once, most make the report unreadable', () => {
    const parsed = parseDoctorReport(small(['user=alice']));
    for (const key of REPORT_KEYS.filter((k) => k !== 'user')) {
      expect(parsed.values[key]).toBe('unknown');
      expect(parsed.report[key]).toBe('unknown');
    }
    expect(parsed.readable).toBe(false);
    expect(parsed.problems.filter((p) => p.startsWith(`报告里只读到 1 个键（共 ${REPORT_KEYS.length} 个）`))).toHaveLength(1);
    const few = parseDoctorReport(fixture('healthy-ubuntu2404.txt').replace(/^linger=.*\n/m, '').replace(/^uid=.*\n/m, ''));
    expect(few.readable).toBe(true);
    expect(few.problems.filter((p) => p.startsWith('报告里缺少这些键'))).toEqual(['报告里缺少这些键，按 unknown 处理：uid、linger']);
  });

  test.each([
    ['quoted in a mail reply', (r: string) => r.replace(/^/gm, '> ')],
    ['quoted twice, without the blank', (r: string) => r.replace(/^/gm, '>>')],
    ['with blanks around each =', (r: string) => r.replace(/^([a-z_]+)=/gm, '$1 = ')],
    ['indented as Markdown code', (r: string) => r.replace(/^/gm, '    ')],
  ])('reads a report %s as written, its log section too', (_, mangle) => {
    const text = fixture('multi-debian10-no-subuid-no-linger.txt').replace('# end', 'Error: some error line\n    indented log line\n# end');
    const plain = parseDoctorReport(text);
    const parsed = parseDoctorReport(mangle(text));
    expect(parsed.readable).toBe(true);
    expect(parsed.report).toEqual(plain.report);
    expect(parsed.log).toBe(plain.log);
    expect(plain.log).toContain('\n    indented log line');
    // Without its header line too.
    const headerless = parseDoctorReport(mangle(text.replace(/^# rootless-doctor report v1\n/, '')));
    expect([headerless.readable, headerless.values.user]).toEqual([true, plain.values.user]);
  });

  test('a few report lines quoted above an error log leave it a log (the matcher answers it)', () => {
    const post = 'doctor said:\nsubid_source=files\nnewuidmap_privileged=setuid\nengine_reachable=no\nrootless_service_enabled=yes\n\nand journalctl shows:\n[rootlesskit:parent] error: failed to setup UID/GID map: No subuid ranges found for user 1000 ("alice")\n';
    expect(isDoctorReport(post)).toBe(false);
  });

  test('text from the paste quoted in a problem never carries control or hidden characters to the terminal', () => {
    const parsed = parseDoctorReport(small(['user=alice', 'junk \u009b31mRED \u202e.hs.xif', 'linger=ma\u202eybe']));
    const said = parsed.problems.join('\n');
    expect(said).not.toMatch(/[\u0080-\u009f\u202a-\u202e]/);
    expect(said).toContain('\\u009b31mRED \\u202e.hs.xif');
  });

  test('reads a report whose header line was not copied, and says so', () => {
    const parsed = parseDoctorReport(fixture('multi-debian12-no-extras-no-uidmap.txt').replace(/^# rootless-doctor report v1\n/, ''));
    expect(isDoctorReport(fixture('multi-debian12-no-extras-no-uidmap.txt').replace(/^# rootless-doctor report v1\n/, ''))).toBe(true);
    expect(parsed.readable).toBe(true);
    expect(parsed.values.newuidmap).toBe('missing');
    expect(parsed.problems[0]).toMatch(/第一行没有复制上）：仍按诊断报告读取/);
  });

  test('a report mangled past reading is said to be so, not read as healthy', () => {
    const parsed = parseDoctorReport(fixture('multi-debian12-no-extras-no-uidmap.txt').replace(/^([a-z_]+)=/gm, '$1: '));
    expect(parsed.readable).toBe(false);
  });

  test('unknown keys are kept as strings and listed; duplicates keep the first value', () => {
    const parsed = parseDoctorReport(small(['user=alice', 'future_key=42', 'user=mallory']));
    expect(parsed.unknownKeys).toEqual(['future_key']);
    expect(parsed.values.future_key).toBe('42');
    expect(parsed.values.user).toBe('alice');
    expect(parsed.problems.some((p) => p.startsWith('user 出现了不止一次'))).toBe(true);
  });

  test('a value its schema refuses becomes unknown, with a problem; the text stays in values', () => {
    const parsed = parseDoctorReport(small(['in_container=maybe', 'uid=-5', 'subuid_count=lots', 'cgroup_version=3']));
    expect(parsed.report).toMatchObject({ in_container: 'unknown', uid: 'unknown', subuid_count: 'unknown', cgroup_version: 'unknown' });
    expect(parsed.values.in_container).toBe('maybe');
    expect(parsed.problems.filter((p) => p.includes('不是这个键的有效值'))).toHaveLength(4);
  });

  test('no header: a problem, never a throw', () => {
    const parsed = parseDoctorReport('user=alice\n');
    expect(parsed.problems[0]).toMatch(/没有“# rootless-doctor report v1”这一行/);
    expect(parsed.values.user).toBe('alice');
  });
});

describe('parseDoctorReport on hostile values', () => {
  test('quotes, $(…), backquotes and = in values are kept literally, never interpreted', () => {
    const parsed = parseDoctorReport(fixture('hostile-user-home-no-linger.txt'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.values.user).toBe("o'brien$(id)");
    expect(parsed.report.home).toBe('/home/o\'brien "$(touch /tmp/pwned)" `id`');
    const eq = parseDoctorReport(small(['docker_host=tcp://a=b:2375', 'docker_context=a;rm -rf ~']));
    expect(eq.values).toMatchObject({ docker_host: 'tcp://a=b:2375', docker_context: 'a;rm -rf ~' });
  });

  test('a path key holding a command is refused (unknown), not passed on', () => {
    const parsed = parseDoctorReport(small(['newuidmap=$(rm -rf ~)', 'dockerd=`reboot`', 'distro_id=ubuntu; reboot', 'rootlesskit=/usr/bin/rootlesskit']));
    expect(parsed.report).toMatchObject({ newuidmap: 'unknown', dockerd: 'unknown', distro_id: 'unknown', rootlesskit: '/usr/bin/rootlesskit' });
  });

  test(`lines longer than ${MAX_LINE_LENGTH} characters are refused, in the keys and in the log`, () => {
    const long = 'x'.repeat(MAX_LINE_LENGTH + 1);
    const parsed = parseDoctorReport(small([`home=/home/${long}`, 'user=alice'], [`log ${long}`, 'short line']));
    expect(parsed.values.home).toBe('unknown');
    expect(parsed.values.user).toBe('alice');
    expect(parsed.log).toBe('short line');
    expect(parsed.problems.filter((p) => p.includes('个字符，已忽略'))).toHaveLength(2);
    const atLimit = parseDoctorReport(small([`home=/${'y'.repeat(MAX_LINE_LENGTH - 6)}`]));
    expect(atLimit.values.home).toHaveLength(MAX_LINE_LENGTH - 5);
  });

  test('NUL and other control characters are dropped, a lone CR ends a line', () => {
    const parsed = parseDoctorReport(`${REPORT_HEADER}\nuser=al\u0000ice\u0007\rlinger=no\n# log\n# end\n`);
    expect(parsed.values).toMatchObject({ user: 'alice', linger: 'no' });
  });

  test('never throws, whatever the text', () => {
    fc.assert(fc.property(
      // Any UTF-16 text up to U+2FFF (controls, escapes, CJK); cheaper to generate than unit: 'binary'.
      fc.oneof(fc.array(fc.nat({ max: 0x2fff }), { maxLength: 300 }).map((codes) => String.fromCharCode(...codes)), fc.array(fc.oneof(fc.constant(REPORT_HEADER), fc.constant('# log'), fc.constant('# end'),
        fc.constantFrom(...REPORT_KEYS).map((k) => `${k}=`), fc.string({ maxLength: 40 })), { maxLength: 30 }).map((l) => l.join('\n'))),
      (text) => {
        const parsed = parseDoctorReport(text);
        return REPORT_KEYS.every((key) => typeof parsed.values[key] === 'string') && ReportSchema.safeParse(parsed.report).success;
      },
    ));
  });
});
