/** The words the chart builders write themselves (step names, axis names). zh-CN first. */
import { type MoneyUnit } from '../../../../src/shared/domain/money'
import { type ChartLanguage } from './render-chart'

export const waterfallStepKeys = ['grossPurchaseValue', 'percentageTerms', 'fixedFees', 'promotion', 'financingCost', 'netRevenue', 'cogs', 'contribution'] as const
export type WaterfallStepKey = (typeof waterfallStepKeys)[number]

export interface ChartLabels {
  waterfallStep: Record<WaterfallStepKey, string>
  moneyAxis: Record<MoneyUnit, string>
  paymentDays: string
  tradeSpendRate: string
  isoWeek: (week: number) => string
  probability: string
}

export const chartLabels: Record<ChartLanguage, ChartLabels> = {
  'zh-CN': {
    waterfallStep: {
      grossPurchaseValue: '进货额',
      percentageTerms: '比例费用',
      fixedFees: '固定费用',
      promotion: '促销投入',
      financingCost: '资金成本',
      netRevenue: '净收入',
      cogs: '产品成本',
      contribution: '贡献利润'
    },
    moneyAxis: { yuan: '元', wan: '万元', yi: '亿元' },
    paymentDays: '账期（天）',
    tradeSpendRate: '费用率',
    isoWeek: (week) => `第${week}周`,
    probability: '成交概率'
  },
  'en-US': {
    waterfallStep: {
      grossPurchaseValue: 'Purchases',
      percentageTerms: 'Rebates, %',
      fixedFees: 'Fixed fees',
      promotion: 'Promotion',
      financingCost: 'Financing',
      netRevenue: 'Net revenue',
      cogs: 'COGS',
      contribution: 'Contribution'
    },
    moneyAxis: { yuan: 'CNY', wan: 'CNY 10k', yi: 'CNY 100m' },
    paymentDays: 'Payment days',
    tradeSpendRate: 'Trade spend rate',
    isoWeek: (week) => `W${String(week).padStart(2, '0')}`,
    probability: 'Win probability'
  }
}
