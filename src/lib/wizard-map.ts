/**
 * Lays the tree out as a vertical flowchart for /wizard/map/: each question is a box, its answers
 * hang below it on a rail, one step to the right; an answer's next question follows right under it.
 * Narrow and tall, so it reads on a phone by scrolling down; the page cuts it into sections (one
 * per answer of the first real choice) that sit side by side on a wide screen. Pure: the page
 * draws the SVGs.
 */
import type { WizardNode, WizardTarget } from '../schemas/wizard.ts';
import type { OutlineBranch, OutlineNode } from './wizard-outline.ts';

/** Sizes in SVG user units (the page scales the drawing to the screen width). */
export interface MapOptions {
  /** Total width of the drawing. */
  width: number;
  /** Horizontal step per level. */
  indent: number;
  /** Font size of all text. */
  fontSize: number;
  /** Vertical gap between boxes. */
  gap: number;
  /** Padding inside boxes. */
  pad: number;
}

/** Defaults tuned for a 360–400 px wide phone screen at 1:1 scale. */
export const MAP_DEFAULTS: Readonly<MapOptions> = { width: 400, indent: 22, fontSize: 16, gap: 10, pad: 9 };

/** A box: a question, an answer leading to a question, an answer ending at a page, or a reference to a question drawn elsewhere. */
export interface MapBox {
  kind: 'question' | 'answer' | 'end' | 'ref';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Wrapped lines of the question or answer text. */
  lines: string[];
  /** Wrapped lines of the link text (ends and refs), drawn below `lines`. */
  linkLines: string[];
  /** Link target: an entry page or `#<anchor>` of a question. */
  href?: string;
  /** Id for in-page links to this question. */
  anchor?: string;
}

/** A connector, as a polyline. */
export interface MapEdge {
  points: [number, number][];
}

/** The laid-out chart. */
export interface MapLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  /** Padding inside boxes (text starts this far from a box's edge). */
  pad: number;
  boxes: MapBox[];
  edges: MapEdge[];
}

/** The title and page of an entry or limitation. */
export type EndDescriber = (target: Exclude<WizardTarget, { kind: 'node' }>) => { title: string; href: string };

/** Width of a character in ems: CJK and full-width forms are 1, the rest at most 0.62. */
function charWidth(ch: string): number {
  return /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.62;
}

/** Wraps text into lines no wider than `maxEm`; ASCII words stay whole unless longer than a line. */
export function wrapText(text: string, maxEm: number): string[] {
  const tokens = text.replaceAll('`', '').match(/[A-Za-z0-9_./:@<>$'"{}=-]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const push = () => {
    if (line.trim() !== '') lines.push(line.trim());
    [line, used] = ['', 0];
  };
  for (const token of tokens) {
    const w = [...token].reduce((sum, ch) => sum + charWidth(ch), 0);
    if (used + w <= maxEm) [line, used] = [line + token, used + w];
    else if (w <= maxEm) {
      push();
      if (token.trim() !== '') [line, used] = [token, w];
    } else {
      for (const ch of token) {
        if (used + charWidth(ch) > maxEm) push();
        [line, used] = [line + ch, used + charWidth(ch)];
      }
    }
  }
  push();
  return lines;
}

/** Lays out the outline; `describeEnd` names and links the pages the answers end at. */
export function layoutMap(outline: OutlineNode, describeEnd: EndDescriber, options: Partial<MapOptions> = {}): MapLayout {
  const o = { ...MAP_DEFAULTS, ...options };
  const lineHeight = Math.round(o.fontSize * 1.4);
  const boxes: MapBox[] = [];
  const edges: MapEdge[] = [];
  const questions = new Map<string, string>();
  const collect = (n: OutlineNode): void => {
    questions.set(n.node.id, n.node.question);
    for (const b of n.branches) if (b.child) collect(b.child);
  };
  collect(outline);
  let y = 0;
  const place = (box: Omit<MapBox, 'y' | 'height'>): MapBox => {
    const height = (box.lines.length + box.linkLines.length) * lineHeight + 2 * o.pad;
    const placed = { ...box, y, height };
    boxes.push(placed);
    y += height + o.gap;
    return placed;
  };
  const wrap = (text: string, x: number) => wrapText(text, (o.width - x - 2 * o.pad) / o.fontSize);
  const placeQuestion = (n: OutlineNode, depth: number): MapBox => {
    const x = depth * o.indent;
    const q = place({ kind: 'question', x, width: o.width - x, lines: wrap(n.node.question, x), linkLines: [], anchor: `q-${n.node.id}` });
    const railX = x + o.indent / 2;
    let lastMid = q.y + q.height;
    for (const branch of n.branches) {
      const ax = x + o.indent;
      const label = branch.labels.join(' / ');
      const target = branch.target;
      const base = { x: ax, width: o.width - ax, lines: wrap(label, ax) };
      let answer: MapBox;
      if (target.kind !== 'node') {
        const { title, href } = describeEnd(target);
        answer = place({ ...base, kind: 'end', linkLines: wrap(`→ ${title}`, ax), href });
      } else if (branch.child === undefined) {
        const question = questions.get(target.id) ?? target.id;
        answer = place({ ...base, kind: 'ref', linkLines: wrap(`→ 见「${question}」`, ax), href: `#q-${target.id}` });
      } else {
        answer = place({ ...base, kind: 'answer', linkLines: [] });
        const child = placeQuestion(branch.child, depth + 1);
        const cx = ax + o.indent / 2;
        edges.push({ points: [[cx, answer.y + answer.height], [cx, child.y]] });
      }
      lastMid = answer.y + answer.height / 2;
      edges.push({ points: [[railX, lastMid], [ax, lastMid]] });
    }
    edges.push({ points: [[railX, q.y + q.height], [railX, lastMid]] });
    return q;
  };
  placeQuestion(outline, 0);
  return { width: o.width, height: Math.max(0, y - o.gap), fontSize: o.fontSize, lineHeight, pad: o.pad, boxes, edges };
}

/** The map cut into parts: the questions every path starts with, the first question with several answers, one section per answer. */
export interface MapSections {
  /** Questions before the first choice (each has one way on, e.g. the distro: every answer leads to the same question). */
  trunk: WizardNode[];
  /** The first question whose answers lead to different places. */
  fork: WizardNode;
  /** Its answers, each drawn as its own chart (or a link, for an answer that ends at a page). */
  sections: OutlineBranch[];
}

/** Follows the outline from the root to its first real choice and returns the parts the page lays side by side. */
export function splitMap(outline: OutlineNode): MapSections {
  const trunk: WizardNode[] = [];
  let node = outline;
  for (;;) {
    const next = node.branches.length === 1 ? node.branches[0]?.child : undefined;
    if (next === undefined) break;
    trunk.push(node.node);
    node = next;
  }
  return { trunk, fork: node.node, sections: node.branches };
}
