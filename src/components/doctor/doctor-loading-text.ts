/** What the doctor's answer says while its code loads, or if it cannot (all the search box needs of the doctor's text until a report is pasted). */
export const DOCTOR_LOADING_TEXT = {
  loading: '正在分析诊断报告…',
  loadFailed: '诊断数据加载失败。请刷新页面重试。',
};
