/**
 * The same paste as other people bring it: another user and UID, a journald or `docker logs` prefix,
 * terminal colours, Windows line ends, indented or fenced as Markdown, quoted in an e-mail, wrapped by a
 * terminal at 80 columns, or wrapped in a sentence of greeting and thanks (Chinese or English). None
 * changes what went wrong, so a search that answers a paste should answer each variant the same way;
 * bench:search-accuracy measures that on the tuning pastes. Pure.
 */

/** Applies `f` to each non-blank line. */
function eachLine(paste: string, f: (line: string, index: number) => string): string {
  return paste.split('\n').map((line, i) => (line.trim() === '' ? line : f(line, i))).join('\n');
}

/** A named way to vary a paste without changing its problem. */
export interface PasteVariant {
  /** Short name, for reports. */
  name: string;
  /** The varied paste. */
  vary: (paste: string) => string;
}

/** The variants, in report order. */
export const PASTE_VARIANTS: readonly PasteVariant[] = [
  {
    name: 'another user',
    vary: (p) => p.replace(/\b1000\b/g, '1003').replace(/\/home\/[\w.-]+/g, '/home/zhang.san').replace(/\b(?:alice|bob|testuser)\b/g, 'dev01'),
  },
  { name: 'journald prefix', vary: (p) => eachLine(p, (l, i) => `Dec 02 23:00:${String(i % 60).padStart(2, '0')} srv-01 dockerd-rootless.sh[2345]: ${l}`) },
  { name: 'docker logs timestamps', vary: (p) => eachLine(p, (l) => `2026-12-02T23:00:01.123456789Z ${l}`) },
  { name: 'docker compose logs', vary: (p) => eachLine(p, (l) => `web-1  | ${l}`) },
  { name: 'terminal colours', vary: (p) => eachLine(p, (l) => `\x1b[31m${l}\x1b[0m`) },
  { name: 'Windows line ends', vary: (p) => p.replace(/\n/g, '\r\n') },
  { name: 'Markdown indent', vary: (p) => eachLine(p, (l) => `    ${l}`) },
  { name: 'Markdown fence', vary: (p) => `\`\`\`\n${p}\n\`\`\`` },
  { name: 'e-mail quote', vary: (p) => eachLine(p, (l) => `> ${l}`) },
  {
    name: 'Chinese locale',
    vary: (p) => p.replace(/Operation not permitted/gi, '不允许的操作').replace(/Permission denied/gi, '权限不够').replace(/No such file or directory/gi, '没有那个文件或目录')
      .replace(/Connection refused/gi, '拒绝连接').replace(/No space left on device/gi, '设备上没有空间').replace(/command not found/gi, '未找到命令'),
  },
  { name: 'wrapped at 80 columns', vary: (p) => eachLine(p, (l) => (l.match(/.{1,80}/gu) ?? [l]).join('\n')) },
  { name: 'Chinese chatter', vary: (p) => `求助，装完 rootless 之后报错：\n${p}\n有人知道怎么回事吗？` },
  { name: 'Chinese chatter, other words', vary: (p) => `各位大佬好，折腾了一晚上还是这样：\n${p}\n请问这是什么原因？已经试了很久了，谢谢！` },
  { name: 'English chatter', vary: (p) => `Hi all, after installing I get this:\n\n${p}\n\nAny idea? Thanks` },
];
