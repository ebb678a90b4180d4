/** The trade-terms capability 合同条款: one module for the term-sheet grid, the comparison page,
 * the scenarios, the margin solver and the proposal document. */
export * from './term-lines'
export * from './conditional-rebate'
export * from './economics'
export * from './figures'
export * from './comparison'
export * from './warnings'
export * from './sheet-issues'
