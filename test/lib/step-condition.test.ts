import { describe, expect, test } from 'vitest';
import { describeCondition } from '../../src/lib/step-condition.ts';
import type { StepCondition } from '../../src/schemas/fix-condition.ts';

describe('describeCondition', () => {
  test.each<[StepCondition, string, string]>([
    [{ releases: ['rhel-8'] }, 'rhel', '仅适用于：RHEL 8 及类似发行版'],
    [{ systemd: false }, 'debian', '仅适用于：没有 systemd 的主机'],
    [{ install: 'script', systemd: true }, 'ubuntu', '仅适用于：用安装脚本安装时；有 systemd 的主机'],
    [{ releases: ['rhel-8', 'debian-11'] }, 'debian', '仅适用于：Debian 11'],
  ])('describes %o on %s', (when, distro, label) => {
    expect(describeCondition(when, distro)).toBe(label);
  });

  test('says nothing for a step without a condition', () => {
    expect(describeCondition(undefined, 'rhel')).toBeUndefined();
  });
});
