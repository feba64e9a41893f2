/** Phases in the order a user meets them, with their Chinese names, and grouping by phase. */
import type { Phase } from '../schemas/entry.ts';

/** Chinese name of each phase, in journey order. */
export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  install: '安装与配置',
  'daemon-start': '启动守护进程',
  pull: '拉取镜像',
  run: '运行容器',
  network: '网络',
  resources: '资源限制',
};

/** Groups items by phase in journey order, titles sorted within a phase; empty phases are left out. */
export function groupByPhase<T extends { phase: Phase; title: string }>(items: readonly T[]): { phase: Phase; items: T[] }[] {
  return (Object.keys(PHASE_LABELS) as Phase[])
    .map((phase) => ({ phase, items: items.filter((i) => i.phase === phase).sort((a, b) => a.title.localeCompare(b.title, 'zh-CN')) }))
    .filter((g) => g.items.length > 0);
}
