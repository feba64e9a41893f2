/**
 * The sidebar, built from content at config time: troubleshooting entries grouped by phase in the
 * order a user meets them (like the home page), each under its short `sidebar.label`, with the index
 * pages first. One place decides the order: PHASE_LABELS.
 */
import { PHASE_LABELS } from '../lib/phases.ts';
import type { Phase } from '../schemas/entry.ts';
import { loadContent } from './content-files.ts';

/** A Starlight sidebar item (the shapes used here). */
type Item = { label: string; link: string } | { slug: string } | { label: string; collapsed?: boolean; items: Item[] };

/** The sidebar for the content under `root`. */
export function buildSidebar(root: string): Item[] {
  const content = loadContent(root);
  const label = (e: (typeof content.entries)[number]) => e.data.sidebar?.label ?? e.data.title;
  const phases = (Object.keys(PHASE_LABELS) as Phase[]).map((phase) => ({
    label: PHASE_LABELS[phase],
    collapsed: false,
    items: content.entries.filter((e) => e.data.phase === phase)
      .sort((a, b) => label(a).localeCompare(label(b), 'zh-CN'))
      .map((e) => ({ slug: `troubleshooting/${e.slug}` })),
  })).filter((g) => g.items.length > 0);
  return [
    {
      label: '开始',
      items: [
        { label: '首页', link: '/' },
        { label: '粘贴报错', link: '/search/' },
        { label: '回答几个问题', link: '/wizard/' },
        { label: '诊断脚本', link: '/doctor/' },
        { label: '问题流程图', link: '/wizard/map/' },
        { slug: 'prerequisites' },
        { slug: 'uninstall' },
      ],
    },
    { label: '故障排查', items: [{ label: '全部问题（按阶段）', link: '/troubleshooting/' }, ...phases] },
    { label: '已知限制', items: [{ label: '全部已知限制', link: '/limitations/' }, ...content.limitations.map((l) => ({ slug: `limitations/${l.slug}` }))] },
    { label: '发行版', items: [{ label: '找到你的发行版', link: '/distros/' }, ...[...content.distros].sort((a, b) => a.data.order - b.data.order).map((d) => ({ slug: `distros/${d.data.id}` }))] },
    { label: '参考', items: [{ slug: 'networking/drivers' }, { slug: 'debug/nsenter' }] },
  ];
}
