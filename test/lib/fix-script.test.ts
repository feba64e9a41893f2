import { describe, expect, test } from 'vitest';
import { commentText, scriptable, scriptFileName, toScript } from '../../src/lib/fix-script.ts';
import type { AlternativeView, StepView } from '../../src/lib/fix-view.ts';
import { runShell, SHELLS } from '../support/shell.ts';

const step = (title: string, body: StepView['body'], example = false): StepView => ({ title, body, example });
const alt = (steps: StepView[]): AlternativeView => ({ id: 'fix', label: '', steps });

describe('toScript', () => {
  test('leaves examples out and numbers the steps that run', () => {
    const script = toScript(alt([step('装包', { kind: 'commands', text: 'true' }), step('例子', { kind: 'commands', text: 'docker run -p 8080:80 nginx' }, true), step('重启', { kind: 'commands', text: 'true' })]), ['header']);
    expect(script).not.toContain('docker run');
    expect(script).toContain('# 1. 装包\ntrue\n\n# 2. 重启\ntrue');
    expect(script.startsWith('#!/bin/sh\n# header\nset -eu\n')).toBe(true);
  });

  test.each(SHELLS)('stops at a step without a verified command, under %s, before running later steps', (shell) => {
    const script = toScript(alt([step('a', { kind: 'commands', text: 'printf a' }), step('b', { kind: 'unverified' }), step('c', { kind: 'commands', text: 'printf c' })]), []);
    const r = runShell(shell, script);
    expect([r.status, r.stdout]).toEqual([1, 'a']);
    expect(r.stderr).toContain('第 2 步没有适用于这个发行版的核实过的命令');
  });

  test.each(SHELLS)('ends with an instruction, under %s, when the last step is done by hand', (shell) => {
    const r = runShell(shell, toScript(alt([step('a', { kind: 'commands', text: 'printf a' }), step('重启', { kind: 'manual', text: '按 Ctrl+C' })]), []));
    expect([r.status, r.stdout, r.stderr.trim()]).toEqual([0, 'a', '按 Ctrl+C']);
  });

  test.each(SHELLS)('stops before a step run by hand (a login shell, an editor), under %s, naming its command as written', (shell) => {
    const byHand: StepView = { ...step('改文件', { kind: 'commands', text: "sudoedit /etc/subuid # it's 'quoted'" }), byHand: true };
    const r = runShell(shell, toScript(alt([step('a', { kind: 'commands', text: 'printf a' }), byHand, step('c', { kind: 'commands', text: 'printf c' })]), []));
    expect([r.status, r.stdout]).toEqual([1, 'a']);
    expect(r.stderr).toContain('第 2 步（改文件）要在你自己的终端里亲手运行');
    expect(r.stderr).toContain("sudoedit /etc/subuid # it's 'quoted'\n");
    // As the last step too it stops with 1: the fix is not done until it is run.
    const last = runShell(shell, toScript(alt([step('a', { kind: 'commands', text: 'printf a' }), byHand]), []));
    expect([last.status, last.stdout]).toEqual([1, 'a']);
    expect(last.stderr).toContain('sudoedit /etc/subuid');
  });

  test('is not offered when it would stop before doing anything: its first step is run by hand', () => {
    const login: StepView = { ...step('登录', { kind: 'commands', text: 'sudo machinectl shell alice@' }), byHand: true };
    expect(scriptable(alt([login, step('启动', { kind: 'commands', text: 'systemctl --user start docker' })]))).toBe(false);
    expect(scriptable(alt([step('装包', { kind: 'commands', text: 'true' }), login]))).toBe(true);
  });

  test('cannot be made while a value is invalid', () => {
    expect(scriptable(alt([step('a', { kind: 'needs-value', names: ['mtu'] })]))).toBe(false);
    expect(scriptable(alt([step('a', { kind: 'commands', text: 'true' }), step('e', { kind: 'needs-value', names: ['port'] }, true)]))).toBe(true);
    // Examples or hand-made steps alone make a script that does nothing and exits 0: none is offered.
    expect(scriptable(alt([step('e', { kind: 'commands', text: 'docker run -p 8080:80 nginx' }, true)]))).toBe(false);
    expect(scriptable(alt([step('m', { kind: 'manual', text: '在容器里改用 root 运行' })]))).toBe(false);
    expect(scriptable(alt([step('m', { kind: 'manual', text: '先停掉旧守护进程' }), step('a', { kind: 'commands', text: 'true' })]))).toBe(true);
  });

  test('keeps header text on its comment line whatever it contains', () => {
    expect(commentText('a\nrm -rf /\u202E x')).toBe('a rm -rf / x');
    const r = runShell('dash', toScript(alt([step('t\nexit 7', { kind: 'commands', text: 'true' })]), ['x\nexit 9']));
    expect(r.status).toBe(0);
  });

  test('names the download after the entry and the alternative', () => {
    expect(scriptFileName('privileged-port', 'sysctl')).toBe('rootless-fix-privileged-port-sysctl.sh');
    expect(scriptFileName('subuid-missing', 'fix')).toBe('rootless-fix-subuid-missing.sh');
  });
});
