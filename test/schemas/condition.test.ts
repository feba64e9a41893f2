import { describe, expect, test } from 'vitest';
import { ConditionSchema } from '../../src/schemas/condition.ts';

describe('ConditionSchema', () => {
  test.each([
    [{ releases: ['rhel-8'] }],
    [{ install: 'script' }],
    [{ systemd: false, releases: ['ubuntu-2404', 'debian-10'] }],
    [{ engine: '>=29.0 <29.5', rootlesskit: '>=3.0' }],
  ])('accepts %j', (condition) => {
    expect(ConditionSchema.parse(condition)).toEqual(condition);
  });

  test.each([
    [{ releases: [] }, 'Too small: expected array to have >=1 items'],
    [{ install: 'snap' }, 'Invalid option: expected one of "packages"|"script"'],
    [{ engine: '29.5' }, '"29.5" in "29.5" is not a comparison; use >=X.Y or <X.Y'],
    [{ engine: '>=29.5 <29.0' }, '">=29.5 <29.0" is empty: the lower bound is not below the upper'],
    [{ kernel: '>=5.11' }, 'Unrecognized key: "kernel"'],
  ])('rejects %j', (condition, message) => {
    expect(ConditionSchema.safeParse(condition).error?.issues[0]?.message).toBe(message);
  });
});
