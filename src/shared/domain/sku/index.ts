/** The SKU-structure capability 产品结构: one module for every figure its grids, solver and documents show. */
export * from './sku'
export * from './barcode'
export * from './assortment-figures'
export * from './margin-solver'
export * from './structure'
export * from './issue-params'
export * from './catalogue-checks'
