/** Sample user inputs for generated-command tests: plain, hostile-but-valid, and hostile-and-rejected. */
import type { TemplateValueName } from '../../src/lib/template.ts';

/** Inputs a careful user types. */
export const PLAIN: Record<TemplateValueName, string> = { user: 'alice', uid: '1000', home: '/home/alice', mtu: '1500', port: '8080', dataRoot: '/srv/docker' };

/** Valid inputs full of shell metacharacters, spaces and unicode: they must arrive quoted. */
export const HOSTILE_VALID: Record<TemplateValueName, string> = {
  user: 'john.doe$', uid: '0', home: "/home/o'brien $(reboot)", mtu: '65520', port: '1', dataRoot: '/srv/; rm -rf / #数据 `id`',
};

/** Inputs validation must refuse, so the defaults render instead; each contains the word "rejected". */
export const HOSTILE_REJECTED: Record<TemplateValueName, string> = {
  user: "a'b; rejected", uid: '$(rejected)', home: 'relative; rejected', mtu: '1500; rejected', port: '80 && rejected', dataRoot: '/x\n$(rejected)',
};
