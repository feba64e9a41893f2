import { describe, expect, test } from 'vitest';
import { DEFAULT_VALUES } from '../../src/lib/command-values.ts';
import { dependsOn, engineBuckets, fieldsOf, pageView, tabbed, viewFix } from '../../src/lib/fix-view.ts';
import { DISTROS, distro, entry } from '../support/fixtures.ts';

const versioned = entry({
  fix: [
    { title: '装包', install: ['uidmap'] },
    { title: '进入命名空间', run: 'nsenter -t 1 -n', when: { engine: '<29.5' } },
    { title: '进入命名空间', run: 'dockerd-rootless-setuptool.sh nsenter', when: { engine: '>=29.5' } },
    { title: '只用于脚本安装', run: 'true', when: { install: 'script' } },
    { title: '例子', run: 'docker run -d -p {{port}}:80 nginx', example: true },
  ],
  diagnose: [{ title: '看版本', run: 'docker version', bad: '29.4' }],
});
const source = { slug: 'x', entry: versioned };

describe('viewFix for one setup (the generator)', () => {
  test('keeps only the steps for that setup, in order, rendered for the distro', () => {
    const view = viewFix(source, { distro: distro('rhel'), install: 'packages', systemd: true, engine: [29, 4, 0] }, DEFAULT_VALUES, DISTROS);
    expect(view.alternatives[0]!.steps.map((s) => [s.title, s.body.kind === 'commands' ? s.body.text : s.body.kind])).toEqual([
      ['装包', 'sudo dnf install -y shadow-utils'],
      ['进入命名空间', 'nsenter -t 1 -n'],
      ['例子', 'docker run -d -p 8080:80 nginx'],
    ]);
  });

  test('labels nothing: every shown step is for this setup', () => {
    const view = viewFix(source, { distro: distro('rhel'), install: 'script', systemd: true }, DEFAULT_VALUES, DISTROS);
    expect(view.alternatives[0]!.steps.every((s) => s.condition === undefined)).toBe(true);
  });
});

describe('pageView (entry pages)', () => {
  const page = pageView(source, DISTROS, DEFAULT_VALUES);

  test('shows Engine version tabs, newest first, only where the steps differ by version', () => {
    const steps = page.alternatives[0]!.steps;
    expect(steps.kind).toBe('versions');
    expect(steps.kind === 'versions' && steps.tabs.map((t) => t.label)).toEqual(['Engine v29.5 及以后', 'Engine v29.5 之前']);
    expect(page.diagnose.kind).toBe('single');
  });

  test('shows distro tabs inside a version tab where commands differ by distro', () => {
    const steps = page.alternatives[0]!.steps;
    const inner = steps.kind === 'versions' ? steps.tabs[0]!.inner : undefined;
    expect(inner?.kind === 'distros' && inner.tabs.map((t) => t.label)).toEqual(['Ubuntu', 'RHEL 系']);
  });

  test('keeps steps for other install methods, labelled', () => {
    const steps = page.alternatives[0]!.steps;
    const inner = steps.kind === 'versions' ? steps.tabs[0]!.inner : undefined;
    const ubuntu = inner?.kind === 'distros' ? inner.tabs[0]!.content : [];
    expect(ubuntu.find((s) => s.title === '只用于脚本安装')?.condition).toBe('仅适用于：用安装脚本安装时');
  });
});

describe('tabbed', () => {
  test('uses no tabs when every distro and version renders the same', () => {
    expect(tabbed(() => 'same', DISTROS, [])).toEqual({ kind: 'single', content: 'same' });
  });
});

describe('engineBuckets, dependsOn, fieldsOf', () => {
  test('counts RootlessKit ranges as the Engine releases that bundle them', () => {
    const e = entry({ fix: [{ title: 'a', daemonJson: { 'userland-proxy': false }, when: { rootlesskit: '>=3.0' } }] });
    expect(engineBuckets(e).map((b) => b.label)).toEqual(['v29.5 及以后', 'v29.5 之前']);
  });

  test('tells whether a setup choice changes the steps', () => {
    const base = { distro: distro('ubuntu'), install: 'packages' as const, systemd: true };
    expect(dependsOn(source, base, { install: 'script' }, DEFAULT_VALUES, DISTROS)).toBe(true);
    expect(dependsOn(source, base, { systemd: false }, DEFAULT_VALUES, DISTROS)).toBe(false);
  });

  test('lists the values the commands use, including structured steps', () => {
    expect(fieldsOf(versioned)).toEqual(['port']);
    expect(fieldsOf(entry({ fix: [{ title: 'p', appArmorProfile: { binary: '{{home}}/bin/rootlesskit' } }] }))).toEqual(['home']);
  });
});
