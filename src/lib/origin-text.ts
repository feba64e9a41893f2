/**
 * The Chinese words the search page, the dialog and the CLI share: the note an answer gets when its
 * paste may not be rootless Docker (MatchOutcome.origin), the labels of results listed apart or
 * put first by a place the paste names, and the labels of why a result matched. Inline code is in `backticks` (the page shows it as code, the
 * CLI prints it plain).
 */
import { ROOTLESS_CHECK } from './paste-context.ts';

/** The shared sentences and labels; `{word}` is the platform word the paste named (PasteOrigin.word). */
export const ORIGIN_TEXT = {
  unsaid: '注意：这段日志没说用的是 rootless Docker，而其中不少报错 root 模式的 Docker 也会打印，修法却不同。',
  elsewhere: '注意：这段内容提到了「{word}」，像是 root 模式的 Docker 或别的平台，而本站只讲 rootless Docker。',
  check: `先确认：用出错时的同一用户运行 \`${ROOTLESS_CHECK}\`（出错时加了 sudo 就也加 sudo，DOCKER_HOST 也保持一样），输出里有 \`name=rootless\`，下面的结果才适用；守护进程起不来时，改看 \`systemctl --user status docker\`：有这个服务、启动的是 dockerd-rootless.sh，就是 rootless。`,
  /** Heads the results listed after two close causes. */
  othersRelated: '其他可能相关的问题（把握更小）：',
  /** Before the words that named the place of a result put first by its setting (Match.place). */
  placeNamed: '粘贴内容提到了这个问题常见的环境：',
  /** Before the line a result matched, and the known error it matched there. */
  matchedLine: '匹配的行：',
  matchedSignature: '对应的已知报错：',
  /** Said instead of matchedSignature when what matched is one of the entry's phrases, not an error a program prints. */
  matchedPhrase: '对应的常见说法：',
  /** Before a phrase the paste says across several lines (Match.spread), and the one of them shown. */
  matchedAcross: '粘贴内容分几行说到了：',
  matchedAcrossLine: '其中一行：',
};
