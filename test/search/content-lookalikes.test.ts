/** Look-alikes in the shipped content (errors that read like an entry's but come from another tool): another tool's log is named as such and answers nothing, while rootless Docker's own line still finds the entry. */
import { describe, expect, test } from 'vitest';
import { createMatcher, indexOptions } from '../../src/lib/matcher.ts';
import { buildSearchIndex } from '../../src/lib/search-index-build.ts';
import { typoCorrector } from '../../src/lib/typo-corrector.ts';
import { loadContent } from '../../src/node/content-files.ts';

const index = buildSearchIndex(loadContent(process.cwd()));
const matcher = createMatcher(index.items, { ...indexOptions(index), typos: typoCorrector });

describe('another tool\'s line that reads like an entry\'s error', () => {
  test.each([
    ['flannel\'s pod log (Kubernetes)', 'br-netfilter-missing', [
      'I0703 12:45:00.968722       1 main.go:234] Installing signal handlers',
      'I0703 12:45:00.969055       1 main.go:479] Found network config - Backend type: vxlan',
      'E0703 12:45:00.969209       1 main.go:268] Failed to check br_netfilter: stat /proc/sys/net/bridge/bridge-nf-call-iptables: no such file or directory',
    ]],
    ['Podman on an old kernel (CentOS 7) whose max_user_namespaces is 0', 'max-user-namespaces', [
      'cannot clone: Invalid argument',
      'user namespaces are not enabled in /proc/sys/user/max_user_namespaces',
      'Error: could not get runtime: cannot re-exec process',
    ]],
    ['Podman on a current kernel whose max_user_namespaces is 0', 'max-user-namespaces', [
      'cannot clone: No space left on device',
      'user namespaces are not enabled in /proc/sys/user/max_user_namespaces',
      'Error: cannot re-exec process',
    ]],
    ['Apptainer building an image without subordinate IDs', 'subuid-missing', [
      '$ apptainer build example.sif example.def',
      'INFO:    User not listed in /etc/subuid, trying root-mapped namespace',
      'INFO:    The %post section will be run under fakeroot',
      'INFO:    Starting build...',
    ]],
  ])('%s is named as %s\'s look-alike, with no answer', (_name, slug, lines) => {
    const outcome = matcher.match(lines.join('\n'));
    expect(outcome.confidence).toBe('low');
    expect(outcome.lookalike?.slug).toBe(slug);
  });

  test.each([
    ['rootless dockerd without br_netfilter', 'br-netfilter-missing', 'dockerd-rootless.sh[1234]: failed to start daemon: Error initializing network controller: error creating default "bridge" network: cannot restrict inter-container communication or run without the userland proxy: stat /proc/sys/net/bridge/bridge-nf-call-iptables: no such file or directory'],
    ['RootlessKit with max_user_namespaces at 0', 'max-user-namespaces', '[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: no space left on device'],
  ])('%s still finds %s', (_name, slug, line) => {
    const outcome = matcher.match(line);
    expect(outcome.confidence).not.toBe('low');
    expect(outcome.results[0]?.slug).toBe(slug);
  });
});
