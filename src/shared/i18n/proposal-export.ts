/**
 * The Word export dialog of the proposal page (merged in under the `proposalExport` namespace):
 * what to export (the proposal as it is now or a saved version), in which language and money
 * unit, and the phases of a long export.
 */
export const zhCNProposalExport = {
  title: '导出 Word 方案',
  content: '导出内容',
  current: '当前方案（保存时成为第 {{version}} 版）',
  version: '第 {{version}} 版：{{name}}（{{savedOn}} 保存）',
  versionNote: '已保存的版本按保存当天的价格、条款与数据导出，之后的修改不会进入文档。',
  language: '文档语言',
  languages: { 'zh-CN': '中文', 'en-US': 'English' },
  moneyUnit: '金额单位',
  start: '导出',
  phases: {
    data: '汇总方案数据',
    charts: '绘制图表',
    document: '生成 Word 文档',
    saving: '保存文件'
  },
  phaseOf: '第 {{step}} 步，共 {{steps}} 步：{{phase}}'
}

export const enUSProposalExport: typeof zhCNProposalExport = {
  title: 'Export the proposal to Word',
  content: 'Export',
  current: 'The proposal as it is now (version {{version}} once saved)',
  version: 'Version {{version}}: {{name}} (saved {{savedOn}})',
  versionNote: 'A saved version is exported with the prices, terms and figures of the day it was saved; later changes are not in the document.',
  language: 'Document language',
  languages: { 'zh-CN': '中文', 'en-US': 'English' },
  moneyUnit: 'Money in',
  start: 'Export',
  phases: {
    data: 'Gathering the figures',
    charts: 'Drawing the charts',
    document: 'Writing the Word document',
    saving: 'Saving the file'
  },
  phaseOf: 'Step {{step}} of {{steps}}: {{phase}}'
}
