import { expect, test } from 'vitest';
import { LimitationSchema } from '../../src/schemas/limitation.ts';

test('accepts a limitation with facts and defaults the rest', () => {
  const l = LimitationSchema.parse({ title: 't', summary: 's', facts: ['AppArmor'], sources: [{ title: 'd', url: 'https://docs.docker.com/' }] });
  expect(l.related).toEqual([]);
  expect(l.symptoms).toEqual([]);
});

test('rejects a limitation without facts', () => {
  const r = LimitationSchema.safeParse({ title: 't', summary: 's', facts: [] });
  expect(r.success).toBe(false);
  expect(r.error?.issues[0]?.path).toEqual(['facts']);
});
