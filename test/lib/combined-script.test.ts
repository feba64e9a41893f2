import { describe, expect, test } from 'vitest';
import { combinedScript } from '../../src/lib/combined-script.ts';
import type { StepView } from '../../src/lib/fix-view.ts';
import { runShell, SHELLS } from '../support/shell.ts';

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
    // Numbered as the diagnosis counts its problems (two); the restart closes them.
    expect(script).toContain('# ===== 1/2：问题一 =====');
    expect(script).toContain('# ===== 最后：让上面的修改生效 =====');
    expect(script).toContain('# 5. 重启 rootless 守护进程');
  });

  test.each(SHELLS)('says, under %s, which problem has no command to run and goes on with the next', (shell) => {
    const r = runShell(shell, combinedScript([
      { title: '只能手动', steps: [cmd('看一眼', 'printf X', { example: true })] },
      { title: '能修', steps: [cmd('修', 'printf 2')] },
    ], []));
    expect([r.status, r.stdout]).toEqual([0, '2']);
    expect(r.stderr).toContain('第 1 项（只能手动）没有可以直接运行的命令：请打开诊断结果里这一项的标题链接到的页面');
  });

  test.each(SHELLS)('stops, under %s, at a step whose value was refused, before later problems', (shell) => {
    const r = runShell(shell, combinedScript([
      { title: '一', steps: [cmd('a', 'printf a'), { title: 'b', body: { kind: 'needs-value', names: ['user'] }, example: false }] },
      { title: '二', steps: [cmd('c', 'printf c')] },
    ], []));
    expect([r.status, r.stdout]).toEqual([1, 'a']);
  });
});
