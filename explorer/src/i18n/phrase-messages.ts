/** The strings of the search box's phrases (partners of X since YEAR, path from A to B), in 简体, 繁體 and English. */
export const PHRASE_MESSAGES = {
  "phrase.partners": ["显示{name}的合作伙伴", "顯示{name}的合作夥伴", "Show partners of {name}"],
  "phrase.since": ["（{year}年以来）", "（{year}年以來）", " (since {year})"],
  "phrase.path": ["显示从{from}到{to}的路径", "顯示從{from}到{to}的路徑", "Show paths from {from} to {to}"],
  "phrase.notFound": ["找不到“{name}”", "找不到「{name}」", "Nothing is called “{name}”"],
  "phrase.busy": ["正在回答…", "正在回答…", "Answering…"],
  "phrase.partnersFound": ["{name}：{count} 个合作伙伴", "{name}：{count} 個合作夥伴", "{name}: {count} partners"],
} satisfies Record<string, [string, string, string]>;
