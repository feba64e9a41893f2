import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readDoctorScriptHeader } from '../../src/lib/doctor-script-header.ts';
import { REPORT_KEYS } from '../../src/schemas/report.ts';

const script = readFileSync(join(process.cwd(), 'public/doctor.sh'), 'utf8');
const header = readDoctorScriptHeader(script);

test('the /doctor/ page\'s command list comes from the script\'s header, continuation lines joined', () => {
  expect(header.commands).toContain('id -u; id -un');
  expect(header.commands.some((c) => c.startsWith('docker info -f') && c.includes('(only when docker version answered)'))).toBe(true);
  expect(header.reads).toMatch(/^\/etc\/os-release, /);
});

test('every program the script calls is in the header\'s list (a new command cannot hide from the page)', () => {
  const listed = header.commands.join(' ');
  const body = script.split('\n').filter((l) => !l.trimStart().startsWith('#')).join('\n');
  const programs = ['systemctl', 'loginctl', 'getsubids', 'getcap', 'getenforce', 'iptables', 'slirp4netns', 'pasta', 'journalctl', 'dockerd', 'rootlesskit', 'systemd-detect-virt', 'stat', 'readlink', 'timeout'];
  for (const p of programs) {
    if (new RegExp(`(^|[\\s;|(&])${p}\\s`, 'm').test(body)) expect(listed, p).toContain(p);
  }
});

test('the header documents every report key the schema knows', () => {
  const documented = header.keys.join(' ');
  expect(REPORT_KEYS.filter((k) => !new RegExp(`\\b${k}\\b`).test(documented))).toEqual([]);
});

test('a header without its sections is refused, naming the script', () => {
  expect(() => readDoctorScriptHeader('#!/bin/sh\n# nothing here\n')).toThrow(/public\/doctor\.sh/);
});
