import { describe, expect, test } from 'vitest';
import { combinedScript, commentText, scriptable, scriptFileName, toScript } from '../../src/lib/fix-script.ts';
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

  test('cannot be made while a value is invalid', () => {
    expect(scriptable(alt([step('a', { kind: 'needs-value', names: ['mtu'] })]))).toBe(false);
    expect(scriptable(alt([step('a', { kind: 'commands', text: 'true' }), step('e', { kind: 'needs-value', names: ['port'] }, true)]))).toBe(true);
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

describe('combinedScript (the doctor\'s one script for several problems)', () => {
  const cmd = (title: string, text: string, extra: Partial<StepView> = {}): StepView => ({ title, body: { kind: 'commands', text }, example: false, ...extra });
  const restart = cmd('重启 rootless 守护进程', 'printf R', { restart: true });

  test.each(SHELLS)('runs every problem\'s steps in order under %s, repeats shared steps, and restarts once at the end', (shell) => {
    const script = combinedScript([
      { title: '问题一', steps: [cmd('写配置', 'printf 1'), cmd('重新加载', 'printf L'), restart] },
      { title: '问题二', steps: [cmd('写另一个配置', 'printf 2'), cmd('重新加载', 'printf L'), cmd('例子', 'printf X', { example: true }), restart] },
    ], ['header']);
    const r = runShell(shell, script);
    expect([r.status, r.stdout]).toEqual([0, '1L2LR']);
    expect(script).toContain('# ===== 1/3：问题一 =====');
    expect(script).toContain('# 5. 重启 rootless 守护进程');
  });

  test.each(SHELLS)('says, under %s, which problem has no command to run and goes on with the next', (shell) => {
    const r = runShell(shell, combinedScript([
      { title: '只能手动', steps: [cmd('看一眼', 'printf X', { example: true })] },
      { title: '能修', steps: [cmd('修', 'printf 2')] },
    ], []));
    expect([r.status, r.stdout]).toEqual([0, '2']);
    expect(r.stderr).toContain('第 1 项（只能手动）没有可以直接运行的命令');
  });

  test.each(SHELLS)('stops, under %s, at a step whose value was refused, before later problems', (shell) => {
    const r = runShell(shell, combinedScript([
      { title: '一', steps: [cmd('a', 'printf a'), { title: 'b', body: { kind: 'needs-value', names: ['user'] }, example: false }] },
      { title: '二', steps: [cmd('c', 'printf c')] },
    ], []));
    expect([r.status, r.stdout]).toEqual([1, 'a']);
  });
});
