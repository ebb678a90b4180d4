import { roundHalfUp } from '../money'
import type { Account, AccountFormat } from './account'

/** Hypermarket class thresholds by sales area per store (seed: A ≥ 5,000 m², B ≥ 2,000 m²). */
export const HYPERMARKET_CLASS_A_MIN_M2 = 5000
export const HYPERMARKET_CLASS_B_MIN_M2 = 2000
/** Days a year the stores trade; turns daily transactions into annual ones for 客单价. */
export const TRADING_DAYS_PER_YEAR = 365
/**
 * Whether annual sales include VAT: annual-report revenue is before VAT 不含税, POS figures include
 * it 含税. A workspace setting (default 含税), named in the sales column's header.
 */
export const SALES_TAX_BASES = ['inclusive', 'exclusive'] as const
export type SalesTaxBasis = (typeof SALES_TAX_BASES)[number]
export const DEFAULT_SALES_TAX_BASIS: SalesTaxBasis = 'inclusive'
/** 坪效 and 人效 are per year; the daily view (日坪效) divides them by the trading days. */
export const KPI_PERIODS = ['year', 'day'] as const
export type KpiPeriod = (typeof KPI_PERIODS)[number]
/** Seed screening: at least 25 directly operated stores. */
export const SCREENING_MIN_DIRECT_STORES = 25

export type StoreClass = 'A' | 'B' | 'C'

const isPositive = (value: number | null): value is number => value !== null && value > 0

/** Average sales area of one store, m² (one decimal), or null when it cannot be known. */
export function averageStoreAreaM2(salesAreaM2: number | null, directStores: number | null): number | null {
  if (salesAreaM2 === null || !isPositive(directStores)) return null
  return Math.round((salesAreaM2 / directStores) * 10) / 10
}

/**
 * Store class 卖场等级 of a hypermarket from the average store area. Only hypermarkets are
 * classed; for other formats, or without area and stores, there is no class.
 */
export function storeClass(
  format: AccountFormat,
  salesAreaM2: number | null,
  directStores: number | null
): StoreClass | null {
  if (format !== 'hypermarket' || salesAreaM2 === null || !isPositive(directStores)) return null
  // The exact average, not the one-decimal display value: 4,999.95 m² is class B.
  const average = salesAreaM2 / directStores
  if (average <= 0) return null
  if (average >= HYPERMARKET_CLASS_A_MIN_M2) return 'A'
  if (average >= HYPERMARKET_CLASS_B_MIN_M2) return 'B'
  return 'C'
}

/** 坪效: annual sales per m² of sales area, fen per m² (null without a positive area). */
export function salesPerM2Fen(annualSalesFen: number | null, salesAreaM2: number | null): number | null {
  if (annualSalesFen === null || !isPositive(salesAreaM2)) return null
  return roundHalfUp(annualSalesFen / salesAreaM2)
}

/** 日坪效: 坪效 per trading day, fen per m² (annual sales ÷ area ÷ 365, rounded once, half up). */
export function salesPerM2PerDayFen(annualSalesFen: number | null, salesAreaM2: number | null): number | null {
  if (annualSalesFen === null || !isPositive(salesAreaM2)) return null
  return roundHalfUp(annualSalesFen / (salesAreaM2 * TRADING_DAYS_PER_YEAR))
}

/** 日人效: 人效 per trading day, fen per employee (annual sales ÷ employees ÷ 365, rounded once, half up). */
export function salesPerEmployeePerDayFen(annualSalesFen: number | null, employees: number | null): number | null {
  if (annualSalesFen === null || !isPositive(employees)) return null
  return roundHalfUp(annualSalesFen / (employees * TRADING_DAYS_PER_YEAR))
}

/**
 * 门店总数 = 直营 + 加盟. Unknown when either count is: a blank franchise count is not zero
 * (nobody has asked yet), and guessing it would overstate or understate the network.
 */
export function totalStores(directStores: number | null, franchiseStores: number | null): number | null {
  if (directStores === null || franchiseStores === null) return null
  return directStores + franchiseStores
}

/** 人效: annual sales per employee, fen. */
export function salesPerEmployeeFen(annualSalesFen: number | null, employees: number | null): number | null {
  if (annualSalesFen === null || !isPositive(employees)) return null
  return roundHalfUp(annualSalesFen / employees)
}

/** 客单价: annual sales / annual transactions (daily transactions × trading days), fen. */
export function averageTicketFen(annualSalesFen: number | null, dailyTransactions: number | null): number | null {
  if (annualSalesFen === null || !isPositive(dailyTransactions)) return null
  return roundHalfUp(annualSalesFen / (dailyTransactions * TRADING_DAYS_PER_YEAR))
}

/** 成交率: transactions / traffic, as a ratio 0…1 (null without positive traffic). */
export function conversionRate(dailyTransactions: number | null, dailyTraffic: number | null): number | null {
  if (dailyTransactions === null || !isPositive(dailyTraffic)) return null
  return dailyTransactions / dailyTraffic
}

export interface AccountKpis {
  totalStores: number | null
  averageStoreAreaM2: number | null
  storeClass: StoreClass | null
  salesPerM2Fen: number | null
  salesPerEmployeeFen: number | null
  salesPerM2PerDayFen: number | null
  salesPerEmployeePerDayFen: number | null
  averageTicketFen: number | null
  conversionRate: number | null
}

type KpiInputs = Pick<
  Account,
  'format' | 'salesAreaM2' | 'directStores' | 'franchiseStores' | 'annualSalesFen' | 'employees' | 'dailyTraffic' | 'dailyTransactions'
>

export function accountKpis(account: KpiInputs): AccountKpis {
  return {
    totalStores: totalStores(account.directStores, account.franchiseStores),
    averageStoreAreaM2: averageStoreAreaM2(account.salesAreaM2, account.directStores),
    storeClass: storeClass(account.format, account.salesAreaM2, account.directStores),
    salesPerM2Fen: salesPerM2Fen(account.annualSalesFen, account.salesAreaM2),
    salesPerEmployeeFen: salesPerEmployeeFen(account.annualSalesFen, account.employees),
    salesPerM2PerDayFen: salesPerM2PerDayFen(account.annualSalesFen, account.salesAreaM2),
    salesPerEmployeePerDayFen: salesPerEmployeePerDayFen(account.annualSalesFen, account.employees),
    averageTicketFen: averageTicketFen(account.annualSalesFen, account.dailyTransactions),
    conversionRate: conversionRate(account.dailyTransactions, account.dailyTraffic)
  }
}
