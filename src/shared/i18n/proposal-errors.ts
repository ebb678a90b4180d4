/**
 * Refusals of the entry-proposal services (merged in under the `proposalErrors` namespace, apart
 * from the planner's own texts in ./proposal.ts).
 */
export const zhCNProposalErrors = {
  proposalNotFound: '找不到进场方案（编号 {{id}}），可能已被删除。',
  accountNotFound: '找不到客户（编号 {{id}}），可能已被删除或在回收站中。',
  concessionNotFound: '找不到这条条件置换（编号 {{id}}），可能已被删除。',
  clauseNotFound: '找不到这条区域保护条款（编号 {{id}}），可能已被删除。',
  promotionNotFound: '找不到这个促销活动（编号 {{id}}），可能已被删除。',
  activityNotFound: '找不到这项动销活动（编号 {{id}}），可能已被删除。',
  versionNotFound: '找不到方案版本（编号 {{id}}）。',
  partOfAnotherProposal: '编号 {{id}} 属于另一个进场方案，不能在这里修改。',
  skuNotFound: '产品目录中没有编号为 {{id}} 的 SKU。',
  duplicateSku: '同一个促销活动中每个 SKU 只能出现一次。',
  unknownTerritory: '区域代码 {{code}} 不是国家行政区划（GB/T 2260）中的省、市或县，请从列表中选择。',
  invalidPeriod: '期间 {{startDate}} 至 {{endDate}} 无效：请填写真实日期，且开始不晚于结束。',
  periodHalfSet: '请同时填写开始和结束日期，或都不填。',
  versionsOfDifferentProposals: '只能比较同一个进场方案的两个版本。'
}

export const enUSProposalErrors: typeof zhCNProposalErrors = {
  proposalNotFound: 'Entry proposal {{id}} was not found; it may have been deleted.',
  accountNotFound: 'Account {{id}} was not found; it may have been deleted or be in the recycle bin.',
  concessionNotFound: 'Concession {{id}} was not found; it may have been deleted.',
  clauseNotFound: 'Regional protection clause {{id}} was not found; it may have been deleted.',
  promotionNotFound: 'Promotion event {{id}} was not found; it may have been deleted.',
  activityNotFound: 'Sell-through activity {{id}} was not found; it may have been deleted.',
  versionNotFound: 'Proposal version {{id}} was not found.',
  partOfAnotherProposal: 'Item {{id}} belongs to another entry proposal and cannot be changed here.',
  skuNotFound: 'There is no SKU {{id}} in the catalogue.',
  duplicateSku: 'Each SKU can appear only once in a promotion event.',
  unknownTerritory: 'Territory code {{code}} is not a province, city or county of the GB/T 2260 division list; choose one from the list.',
  invalidPeriod: 'The period {{startDate}} to {{endDate}} is not valid: enter real dates, the start no later than the end.',
  periodHalfSet: 'Enter both the start and the end date, or neither.',
  versionsOfDifferentProposals: 'Only two versions of the same entry proposal can be compared.'
}
