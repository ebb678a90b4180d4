/**
 * Texts of the comparison page 结算方式与进场费比对, merged under the `comparison` namespace. Term
 * kinds, figure names, sides and waterfall steps are the terms namespace's (terms.kinds.…,
 * terms.figures.…), so the comparison says what the term sheet says.
 */
import type { ComparisonRow } from '../domain/terms'

export const zhCNComparison = {
  title: '结算方式与进场费比对',
  subtitle: '选定客户的合同条款与测算指标并排比较：哪家的费用最高、账期最长、贡献最少',
  year: '合同年度',
  side: '比对口径',
  accounts: '客户',
  accountsChosen: '已选 {{count}} 个客户',
  accountsAll: '全部有条款的客户',
  pickAccounts: '选择客户',
  searchAccounts: '搜索客户名称、编码…',
  selectAllWithSheet: '全选有条款的客户',
  clearSelection: '清空',
  noSheet: '该年度无条款',
  perHundredYuan: '按每百元进货',
  perHundredYuanHelp: '金额项换算为每 ¥100 进货额对应的金额（元），便于规模不同的客户对比；比率与天数不变',
  item: '项目',
  unit: '单位',
  groups: {
    term: '条款费用（年金额）',
    figure: '测算指标'
  },
  units: {
    perHundred: '元/百元进货',
    percent: '%',
    days: '天'
  },
  best: '最优',
  worst: '最差',
  bestHigher: '最优：此项越高对我方越有利',
  bestLower: '最优：此项越低对我方越有利',
  worstHigher: '最差：此项越高对我方越有利',
  worstLower: '最差：此项越低对我方越有利',
  notComputable: '无法计算（见该客户的合同条款页）',
  legend: '每行标出对我方最优与最差的客户',
  missing: '{{count}} 个所选客户在 {{year}} 年没有合同条款，未列入比对',
  empty: '{{year}} 年还没有任何客户的合同条款：先在合同条款页建立',
  noneChosen: '请至少选择一个客户',
  export: '导出 Excel',
  refresh: '刷新',
  exportFile: {
    sheetName: '条款比对',
    fileBaseName: '结算方式与进场费比对',
    side: '口径',
    best: '最优',
    worst: '最差'
  },
  waterfall: {
    title: '从进货额到贡献额',
    account: '客户',
    amount: '金额',
    running: '累计',
    empty: '该客户的净收入无法计算，没有瀑布图'
  },
  scatter: {
    title: '费用率与实际账期',
    tradeSpendRate: '费用率',
    paymentDays: '实际账期（天）',
    empty: '没有可同时算出费用率与账期的客户',
    point: '{{account}}：费用率 {{rate}}，账期 {{days}} 天'
  }
}

export const enUSComparison: typeof zhCNComparison = {
  title: 'Settlement and entry-fee comparison',
  subtitle: 'The chosen accounts’ trade terms and computed figures side by side: who charges most, pays latest, leaves least',
  year: 'Contract year',
  side: 'Compare',
  accounts: 'Accounts',
  accountsChosen: '{{count}} accounts chosen',
  accountsAll: 'All accounts with terms',
  pickAccounts: 'Choose accounts',
  searchAccounts: 'Search account name, code…',
  selectAllWithSheet: 'All accounts with terms',
  clearSelection: 'Clear',
  noSheet: 'no terms this year',
  perHundredYuan: 'Per ¥100 of purchases',
  perHundredYuanHelp: 'Money rows as yuan per ¥100 of purchase value, so accounts of different size compare; rates and days stay as they are',
  item: 'Item',
  unit: 'Unit',
  groups: {
    term: 'Term lines (annual amount)',
    figure: 'Computed figures'
  },
  units: {
    perHundred: 'CNY per ¥100',
    percent: '%',
    days: 'days'
  },
  best: 'Best',
  worst: 'Worst',
  bestHigher: 'Best: higher is better for us',
  bestLower: 'Best: lower is better for us',
  worstHigher: 'Worst: higher is better for us',
  worstLower: 'Worst: lower is better for us',
  notComputable: 'Cannot be computed (see the account’s term sheet)',
  legend: 'Each row marks the best and worst account for us',
  missing: '{{count}} chosen accounts have no terms for {{year}} and are left out',
  empty: 'No account has terms for {{year}} yet: start one on the term sheet page',
  noneChosen: 'Choose at least one account',
  export: 'Export to Excel',
  refresh: 'Refresh',
  exportFile: {
    sheetName: 'Terms comparison',
    fileBaseName: 'Terms comparison',
    side: 'Side',
    best: 'Best',
    worst: 'Worst'
  },
  waterfall: {
    title: 'From purchase value to contribution',
    account: 'Account',
    amount: 'Amount',
    running: 'Running total',
    empty: 'Net revenue cannot be computed for this account: no waterfall'
  },
  scatter: {
    title: 'Trade spend rate against payment days',
    tradeSpendRate: 'Trade spend rate',
    paymentDays: 'Effective payment days',
    empty: 'No account has both a trade spend rate and payment days',
    point: '{{account}}: trade spend {{rate}}, {{days}} days'
  }
}

/**
 * A comparison row's label: a retailer's own line by its name, a built-in kind by terms.kinds,
 * a figure by terms.figures. `translate` is i18next's t in the page and translate() in the core.
 */
export function comparisonRowLabel(row: ComparisonRow, translate: (key: string) => string): string {
  if (row.rowKind === 'figure') return translate(`terms.figures.${row.key}`)
  const name = row.line?.name?.trim()
  if (name) return name
  const kind = row.line?.kind ?? row.key.split(':')[0] ?? row.key
  return translate(`terms.kinds.${kind}`)
}
