/**
 * What `npm run match` prints: a readable answer in Chinese (English with LANG=en*), or JSON.
 * It says the same thing the site says: one answer, two possible causes with the check that tells
 * them apart, or nothing confident with the closest entries and the wizard. Pure.
 */
import type { Diagnosis } from './doctor-diagnose.ts';
import type { MatchOutcome } from './matcher.ts';
import type { IndexedItem } from './search-index.ts';
import type { TellApartCheck } from './result-fix.ts';
import { causesApart } from './search-ui.ts';
import { itemPath } from './urls.ts';
import { ROOTLESS_CHECK } from './paste-context.ts';
import { ORIGIN_TEXT } from './origin-text.ts';
import { splitInlineCode } from './inline-code.ts';

/** Text with its `inline code` marks dropped, for the terminal. */
function plain(text: string): string {
  return splitInlineCode(text).map((p) => p.text).join('');
}

/** The messages in one language. */
interface Messages {
  usage: string; empty: string; high: string; ambiguous: string; low: string; none: string; wizard: string;
  matched: string; signature: string; phrase: string; across: string; acrossLine: string; place: string; originUnsaid: string; originElsewhere: string; originCheck: string; lookalike: string; lookalikeWhy: string; check: string; ifThis: string; others: string; capped: string; truncated: string; score: string;
  notReport: string; machine: string; found: string; healthy: string; reportSays: string; logSays: string; script: string; passed: string; unchecked: string; logHints: string; unreadable: string; reportProblems: string; unknownKeys: string; unknownOption: string; cannotRead: string; nothingReadable: string; noScript: string; logRuledOut: string;
}

const ZH: Messages = {
  usage: `用法：npm run --silent match -- [--json | --script] [文件]
  从文件读取报错、日志或诊断报告；不给文件时从标准输入读取
  例如：journalctl --user -u docker | npm run --silent match
        sh doctor.sh | npm run --silent match
  --script  只输出诊断报告对应的修复脚本（sh doctor.sh | npm run --silent match -- --script > fix.sh）
  --json    输出 JSON（无法读取输入时输出 {"error": …}）
  退出码：0 读到并给出了回答（包括“没有把握”和没有问题的报告）；2 输入用不了；3 --script 发现了问题却没有脚本可给；1 内部错误或写不出输出`,
  empty: '没有读到任何内容：请把报错或日志通过管道传进来，或者给出文件名。',
  high: '最可能的问题：',
  ambiguous: '两个可能的原因，运行各自的检查命令来分辨：',
  low: '没有足够可信的答案。可能相关的问题：',
  none: '没有找到匹配的问题。',
  wizard: '可以回答几个问题来排查：',
  matched: ORIGIN_TEXT.matchedLine,
  signature: ORIGIN_TEXT.matchedSignature,
  phrase: ORIGIN_TEXT.matchedPhrase,
  across: ORIGIN_TEXT.matchedAcross,
  acrossLine: ORIGIN_TEXT.matchedAcrossLine,
  place: ORIGIN_TEXT.placeNamed,
  originUnsaid: ORIGIN_TEXT.unsaid,
  originElsewhere: ORIGIN_TEXT.elsewhere,
  originCheck: plain(ORIGIN_TEXT.check),
  lookalike: '这段报错看着像本站某个问题的，其实多半另有原因：',
  lookalikeWhy: '原因和办法见「{title}」页的“看着像，其实不是这个问题”：',
  check: '检查：',
  ifThis: '如果是这个原因，输出会是：',
  others: ORIGIN_TEXT.othersRelated,
  capped: '（内容很长：只检查了开头和结尾的一部分）',
  truncated: '（输入超过 64 MB：只读了开头和读到的最后一部分）',
  score: '匹配度',
  notReport: '--script 只用于诊断报告（sh doctor.sh 的输出），这段输入不是诊断报告。',
  machine: '这台机器：',
  found: '发现 {n} 个问题，按修复顺序：',
  healthy: '报告里没有发现本站已知的问题。',
  unreadable: '这份报告读不出来：大部分检查项没能读到，所以不能说它没有问题。请重新运行 doctor.sh，把输出原样传进来（不要经过邮件引用或改格式）。',
  reportProblems: '报告本身的问题：',
  unknownKeys: '报告里有本站不认识的键（可能来自更新版本的 doctor.sh）：',
  unknownOption: '不认识的选项：{option}',
  cannotRead: '读不了 ',
  nothingReadable: '读到的内容里没有文字（只有控制字符或二进制数据）。',
  noScript: '没有一次修复全部问题的脚本：第一步就要在你自己的终端里亲手运行（打开登录会话或编辑器），脚本会在那里停下、什么也没做。请按上面列出的页面逐项处理。',
  reportSays: '报告显示：',
  logSays: '日志里的这一行：',
  script: '一次修复全部问题的脚本（以出问题的用户身份运行，运行前请先读一遍）：',
  passed: '已排除：',
  unchecked: '报告缺少信息、没能检查：',
  logHints: '日志里的报错可能来自这两个原因之一：',
  logRuledOut: '日志里的这一行看着像下面这个问题，但报告显示不是它，原因要另外找：',
};

const EN: Messages = {
  usage: `usage: npm run --silent match -- [--json | --script] [file]
  reads the error, log or doctor report from <file>, or from stdin when no file is given
  e.g. journalctl --user -u docker | npm run --silent match
       sh doctor.sh | npm run --silent match
  --script  print only the fix script for a doctor report (sh doctor.sh | npm run --silent match -- --script > fix.sh)
  --json    print JSON ({"error": …} when the input cannot be used)
  exit status: 0 read and answered ("not sure" and a healthy report included); 2 input it cannot use; 3 --script found problems but no script to give; 1 an internal error or output that could not be written`,
  empty: 'Nothing to read: pipe an error or a log in, or give a file name.',
  high: 'Most likely problem:',
  ambiguous: 'Two possible causes; run each check to tell them apart:',
  low: 'No confident answer. Possibly related:',
  none: 'No matching problem found.',
  wizard: 'Answer a few questions instead:',
  matched: 'matched line: ',
  signature: 'known error: ',
  phrase: 'how people put it: ',
  across: 'said across several lines of the paste: ',
  acrossLine: 'one of them: ',
  place: 'the paste mentions a place where this problem is common: ',
  originUnsaid: 'Note: nothing in this log says rootless Docker, and rootful Docker prints many of the same errors, with other fixes.',
  originElsewhere: 'Note: this mentions "{word}", which points to rootful Docker or another platform; this site covers rootless Docker only.',
  originCheck: `Check first: run ${ROOTLESS_CHECK} as the same user as the failing command (with sudo if it used sudo, with the same DOCKER_HOST); the results below apply when it prints name=rootless. If the daemon does not start at all, look at systemctl --user status docker instead: a docker.service that starts dockerd-rootless.sh is rootless.`,
  lookalike: 'This reads like the error of a problem this site knows, but most likely has another cause:',
  lookalikeWhy: 'Why, and what to do: "{title}", section "看着像，其实不是这个问题":',
  check: 'check: ',
  ifThis: 'if this is the cause, it prints: ',
  others: 'Also possibly related (less sure):',
  capped: '(long input: only its first and last part were examined)',
  truncated: '(input over 64 MB: only its start and the last part read were kept)',
  score: 'match',
  notReport: '--script is for doctor reports (the output of sh doctor.sh); this input is not one.',
  machine: 'This machine: ',
  found: '{n} problem(s) found, in the order to fix them:',
  healthy: 'The report shows none of the problems this site knows.',
  unreadable: 'This report cannot be read: most of its checks are missing, so it cannot be called healthy. Run doctor.sh again and pass its output as printed (not quoted or reformatted by a mail client).',
  reportProblems: 'What is wrong with the report itself:',
  unknownKeys: 'Keys this site does not know (perhaps from a newer doctor.sh): ',
  unknownOption: 'unknown option: {option}',
  cannotRead: 'cannot read ',
  nothingReadable: 'The input holds no text (only control characters or binary data).',
  noScript: 'No script fixes these at once: the first step must be run by hand in your own terminal (it opens a login session or an editor), so a script would stop there having done nothing. Work through the pages listed above.',
  reportSays: 'the report shows: ',
  logSays: 'log line: ',
  script: 'One script that fixes them all (run it as the affected user; read it first):',
  passed: 'Ruled out: ',
  unchecked: 'Not checked (the report lacks the values): ',
  logHints: 'The log\'s errors point to one of two causes:',
  logRuledOut: 'This log line reads like the problem below, but the report rules it out; the cause is elsewhere:',
};

/**
 * The messages for the locale the environment names (`en…` → English, anything else Chinese). Given several
 * (LC_ALL, LC_MESSAGES, LANG, in the order the C library reads them), the first that names a language counts:
 * `C` and `POSIX` name none, so `LC_ALL=C LANG=en_US.UTF-8` is English.
 */
export function messagesFor(...locales: (string | undefined)[]): Messages {
  const lang = locales.find((l) => l !== undefined && l !== '' && !/^(?:C|POSIX)(?:\.|$)/i.test(l));
  return /^en/i.test(lang ?? '') ? EN : ZH;
}

/** A page URL: absolute with SITE_URL (and the base path, with or without its slashes), else the path from the site root. */
export function pageUrl(path: string, site: string | undefined, base = '/'): string {
  const rooted = `${`/${base}`.replace(/^\/+/, '/').replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  return site === undefined || site === '' ? rooted : `${site.replace(/\/+$/, '')}${rooted}`;
}

/** The JSON answer: confidence, why an answer may not apply (`origin`), the results with the fields scripts already read, and the look-alike that explains an unanswered paste. */
export function jsonOutput(outcome: MatchOutcome, items: ReadonlyMap<string, IndexedItem>, site: string | undefined, base?: string): string {
  const lookalike = outcome.lookalike;
  const lookalikeItem = lookalike === undefined ? undefined : items.get(lookalike.slug);
  return JSON.stringify({
    confidence: outcome.confidence,
    ...(outcome.origin !== undefined && { origin: outcome.origin }),
    results: outcome.results.map(({ slug, title, score, line, signature, place, spread, phrase }) => ({
      slug, title, score, line, signature, ...(place !== undefined && { place }), ...(spread === true && { spread }), ...(phrase === true && { phrase }), url: pageUrl(itemPath(items.get(slug)), site, base),
    })),
    ...(lookalike !== undefined && lookalikeItem !== undefined && { lookalike: { ...lookalike, url: `${pageUrl(itemPath(lookalikeItem), site, base)}#lookalikes` } }),
  });
}

/** Why an unanswered paste has no answer: the look-alike line and the page that explains it (none without one). */
function lookalikeLines(outcome: MatchOutcome, items: ReadonlyMap<string, IndexedItem>, m: Messages, site: string | undefined, base?: string): string[] {
  const item = outcome.lookalike === undefined ? undefined : items.get(outcome.lookalike.slug);
  if (outcome.lookalike === undefined || item === undefined) return [];
  return [m.lookalike, `   ${outcome.lookalike.line}`, m.lookalikeWhy.replace('{title}', () => item.title), `   ${pageUrl(itemPath(item), site, base)}#lookalikes`, ''];
}

/** The readable answer. */
export function textOutput(
  outcome: MatchOutcome, items: ReadonlyMap<string, IndexedItem>, m: Messages, site: string | undefined,
  { base, truncated = false, checks = {} }: { base?: string | undefined; truncated?: boolean; checks?: Readonly<Record<string, TellApartCheck>> } = {},
): string {
  const out: string[] = [];
  if (truncated) out.push(m.truncated);
  else if (outcome.capped) out.push(m.capped);
  const { results, confidence } = outcome;
  out.push(...lookalikeLines(outcome, items, m, site, base));
  const { origin } = outcome;
  const elsewhere = origin?.kind === 'elsewhere' ? m.originElsewhere.replace('{word}', () => origin.word) : undefined;
  if (results.length === 0) {
    // Nothing here even possibly relates, and the paste names another platform: that is why.
    return [...out, m.none, ...(elsewhere !== undefined ? [elsewhere] : []), `${m.wizard} ${pageUrl('wizard/', site, base)}`].join('\n');
  }
  if (origin !== undefined) {
    const note = elsewhere ?? m.originUnsaid;
    out.push(note, m.originCheck, '');
  }
  out.push(confidence === 'high' ? m.high : confidence === 'ambiguous' ? m.ambiguous : m.low, '');
  const { main, others } = causesApart(outcome);
  [...main, ...others].forEach((r, n) => {
    // Two close causes are the first two; the rest are listed apart.
    if (n === main.length && others.length > 0) out.push(m.others, '');
    const item = items.get(r.slug);
    out.push(`${n + 1}. ${r.title}${confidence === 'low' ? '' : `  [${m.score} ${Math.round(r.score * 100)}%]`}`);
    out.push(`   ${pageUrl(itemPath(item), site, base)}`);
    if (r.spread === true) out.push(`   ${m.across}${r.signature}`, `   ${m.acrossLine}${r.line}`);
    else {
      out.push(`   ${m.matched}${r.line}`);
      if (r.signature !== '' && r.signature !== r.line) out.push(`   ${r.phrase ? m.phrase : m.signature}${r.signature}`);
    }
    if (r.place !== undefined) out.push(`   ${m.place}${r.place}`);
    const check = confidence === 'ambiguous' && n < 2 ? checks[r.slug] : undefined;
    if (check !== undefined) out.push(`   ${m.check}${check.run}`, `   ${m.ifThis}${check.bad.split('\n')[0]}`);
    out.push('');
  });
  if (confidence === 'low') out.push(`${m.wizard} ${pageUrl('wizard/', site, base)}`);
  return out.join('\n').trimEnd();
}

/** The doctor's answer to a report as JSON: the machine, the problems with their evidence, the script. */
export function doctorJsonOutput(d: Diagnosis, site: string | undefined, base?: string): string {
  return JSON.stringify({
    kind: 'doctor-report',
    machine: { text: d.machine.text, refused: d.machine.refused, assumed: d.machine.assumed },
    problems: d.problems.map((p) => ({ slug: p.slug, title: p.title, phase: p.phase, url: pageUrl(p.path, site, base), evidence: p.evidence, fix: p.fix.id })),
    logHints: d.logHints.map(({ slug, title, line }) => ({ slug, title, line })),
    logRuledOut: d.logRuledOut.map(({ slug, title, line }) => ({ slug, title, line })),
    passed: d.passed.map((c) => c.slug),
    unchecked: d.unchecked.map((c) => c.slug),
    script: d.script ?? null,
    report: d.report,
  });
}

/** The doctor's readable answer: every problem in order with why, the combined script, what was ruled out. */
export function doctorTextOutput(d: Diagnosis, m: Messages, site: string | undefined, base?: string): string {
  const out = [`${m.machine}${d.machine.text}`, ...d.machine.refused, ...d.machine.assumed, ''];
  if (!d.report.readable) out.push(m.unreadable, '');
  if (d.problems.length === 0) { if (d.report.readable) out.push(m.healthy); }
  else out.push(m.found.replace('{n}', String(d.problems.length)), '');
  d.problems.forEach((p, n) => {
    out.push(`${n + 1}. ${p.title}`, `   ${pageUrl(p.path, site, base)}`);
    if (p.evidence.kind === 'report') out.push(`   ${m.reportSays}${p.evidence.says}（${p.evidence.facts.map((f) => `${f.key}=${f.value}`).join('，')}）`);
    else out.push(`   ${m.logSays}${p.evidence.line}`);
    out.push('');
  });
  if (d.logHints.length > 0) out.push(m.logHints, ...d.logHints.map((h) => `   ${h.title}  ${h.line}`), '');
  if (d.logRuledOut.length > 0) out.push(m.logRuledOut, ...d.logRuledOut.map((h) => `   ${h.title}  ${h.line}`), '');
  if (d.script !== undefined) out.push(m.script, '', d.script);
  else if (d.problems.length > 0 && d.report.readable) out.push(m.noScript, '');
  if (d.passed.length > 0) out.push(`${m.passed}${d.passed.map((c) => c.title).join('；')}`);
  if (d.unchecked.length > 0) out.push(`${m.unchecked}${d.unchecked.map((c) => c.title).join('；')}`);
  const said = [...d.report.problems, ...(d.report.unknownKeys.length > 0 ? [`${m.unknownKeys}${d.report.unknownKeys.join(', ')}`] : [])];
  if (said.length > 0) out.push('', m.reportProblems, ...said.map((p) => `   ${p}`));
  return out.join('\n').trimEnd();
}
