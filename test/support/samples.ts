/** Sample user inputs for generated-command tests: plain, and hostile (every one must be rejected). */
import type { TemplateValueName } from '../../src/lib/template.ts';

/** Inputs a careful user types. */
export const PLAIN: Record<TemplateValueName, string> = { user: 'alice', uid: '1000', home: '/home/alice', mtu: '1500', port: '8080', dataRoot: '/srv/docker', rootlesskit: '/usr/local/bin/rootlesskit' };

/** Valid inputs at the edges of what each value allows. */
export const EDGE_VALID: Record<TemplateValueName, string> = {
  user: 'john.doe$', uid: '4294967294', home: '/var/lib/jenkins', mtu: '65521', port: '1', dataRoot: '/mnt/ssd-1/docker_data.v2', rootlesskit: '/opt/docker-v29.7.2/bin/docker-rootlesskit',
};

/**
 * Payloads from the security review (issue 8) and the usual suspects, each of which validation
 * must refuse for every value name: injections into JSON, AppArmor profiles, unit files and the
 * shell, paths anyone can write, bidi and invisible characters, over-long values.
 */
export const HOSTILE: readonly string[] = [
  '/tmp/d","registry-mirrors":["https://evil.example"],"insecure-registries":["evil.example"],"pidfile":"/tmp/d/docker.pid',
  '/srv/docker\\',
  '/home/a" flags=(unconfined) { userns, }\nprofile pwn /** flags=(unconfined) { userns, }\n"/x',
  '/**', '/tmp', '/tmp/x', '/var/tmp/x', '/dev/shm/x', '/', '/usr', '/etc',
  '/usr.sbin.cupsd\\c', '/home/alice\\c',
  '$(reboot)', '/home/$(reboot)', '`reboot`', '/home/`id`', '/a;reboot', '/a && reboot', '/a|reboot', '/a\nreboot', '/a\rb',
  "/home/o'brien", '/home/a"b', '/home/a b', '/home/*', '/home/a?', '/home/[ab]', '/home/{a,b}', '/home/~x', '~/x',
  '/home/%h', '/home/a%', '/home/../etc', '/home/./x', '/home//x', '/home/x/',
  '-rf', '--help', '-', 'relative/path',
  '/home/\u202Eevil', '/home/a\u200Bb', '/home/a\u2028b', '/home/a\u2066b', '/home/\u00ADx', '/home/\uFEFFx',
  '/home/аlice', // Cyrillic а: looks like a Latin a
  '/home/用户', '/home/caf\u00e9',
  `/home/${'a'.repeat(5000)}`,
  '\0', '/home/a\0b',
];
