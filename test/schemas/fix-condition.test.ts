import { describe, expect, test } from 'vitest';
import { StepConditionSchema } from '../../src/schemas/fix-condition.ts';

describe('StepConditionSchema', () => {
  test.each([
    [{ releases: ['rhel-8'] }],
    [{ install: 'script' }],
    [{ systemd: false, releases: ['ubuntu-2404', 'debian-10'] }],
  ])('accepts %j', (condition) => {
    expect(StepConditionSchema.parse(condition)).toEqual(condition);
  });

  test.each([
    [{ releases: ['rhel-7'] }, 'unknown release; use one of: ubuntu-2404, ubuntu-2204, debian-12, debian-11, debian-10, arch, opensuse-15, rhel-9, rhel-8, fedora'],
    [{ releases: [] }, 'Too small: expected array to have >=1 items'],
    [{ install: 'snap' }, 'Invalid option: expected one of "packages"|"script"'],
  ])('rejects %j', (condition, message) => {
    expect(StepConditionSchema.safeParse(condition).error?.issues[0]?.message).toBe(message);
  });
});
