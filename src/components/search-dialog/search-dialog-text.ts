import { ORIGIN_TEXT } from '../../lib/origin-text.ts';

/** The search dialog's UI text (Chinese). */
export const DIALOG_TEXT = {
  title: '搜索',
  label: '粘贴报错，或输入要找的内容',
  placeholder: '例如：newuidmap: write to uid_map failed，或“如何卸载”',
  close: '关闭',
  loadFailed: '搜索索引加载失败，请刷新页面重试。',
  codeFailed: '搜索功能没能载入（网络出错，或网站刚刚更新）。请关闭后重试，或打开下面的报错搜索页。',
  problems: '对应的问题',
  ambiguous: '两个可能的原因',
  others: '其他可能相关（把握更小）',
  origin: '（请先确认是 rootless Docker）',
  originWord: '粘贴的内容提到了「{word}」，像是 root 模式的 Docker 或别的平台。',
  originCheck: ORIGIN_TEXT.check,
  related: '可能相关（没有足够可信的答案）',
  lookalike: '看着像下面这个问题，其实多半不是',
  lookalikeLine: '这段报错多半另有原因（页面里有说明）：',
  docs: '文档',
  none: '没有找到结果。可以换个说法，或者用问诊向导一步步排查。',
  /** What a screen reader hears when results arrive, by the answer's confidence ({n}: how many results in all). */
  saidHigh: '找到 {n} 个结果，第一个最可能是原因',
  saidAmbiguous: '两个可能的原因，共 {n} 个结果',
  saidLow: '没有足够可信的答案，{n} 个可能相关的结果',
  wizard: '问诊向导',
  wholeLog: '要粘贴整段日志？打开报错搜索页',
  matched: '匹配：',
  keys: '↑↓ 选择 · Enter 打开第一个（没把握时打开搜索页）· Shift+Enter 换行 · Esc 关闭',
};
/** The dialog's text. */
export type DialogText = typeof DIALOG_TEXT;
