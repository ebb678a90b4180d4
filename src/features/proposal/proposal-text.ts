import type { TFunction } from 'i18next'
import type { Language } from '../../shared/i18n'
import type { ProtectionConflictView, StoredClause } from '../../shared/contract/proposal'
import { KEY_FIGURE_UNITS, type KeyFigureCode, type ReadinessItem } from '../../shared/domain/proposal'
import type { RegionLookup } from '../../shared/domain/regions'
import { ppmToRatio } from '../../shared/domain/rate'
import { formatFen, formatPercent } from '../../lib/format'
import { zhCNTerms } from '../../shared/i18n/terms'
import { zhCNProposal } from '../../shared/i18n/proposal'
import { territoryText } from './territory-names'

type TermKindKey = keyof typeof zhCNTerms.kinds
type PaymentTermKindKey = keyof typeof zhCNProposal.paymentTermKind
const isTermKindKey = (code: string): code is TermKindKey => Object.hasOwn(zhCNTerms.kinds, code)
const isPaymentTermKindKey = (code: string): code is PaymentTermKindKey => Object.hasOwn(zhCNProposal.paymentTermKind, code)

/** What the page knows to name things in a message: accounts by id, territories by code. */
export interface ProposalNames {
  accountName(accountId: string): string
  /** "上海市 浦东新区 (310115)" / "Pudong New Area, Shanghai (310115)", or the code while the name is unknown. */
  territoryName(code: string): string
}

/** The page's names: accounts from its list, places in the page's language (the division list only needed in Chinese). */
export function proposalNames(accountNames: ReadonlyMap<string, string>, regions: Pick<RegionLookup, 'byCode'> | null, language: Language): ProposalNames {
  return {
    accountName: (accountId) => accountNames.get(accountId) ?? accountId,
    territoryName: (code) => territoryText(regions, code, language)
  }
}

/**
 * A conflict with another account's clause in one sentence, named the same on both sides. The
 * service names the territory in Chinese; that name is kept only while the page cannot name it.
 */
export function conflictText(conflict: ProtectionConflictView, t: TFunction, names: ProposalNames): string {
  const named = names.territoryName(conflict.territoryCode)
  return t('proposal.page.clause.conflictLine', {
    accountName: conflict.otherAccountName,
    proposalName: conflict.otherProposalName,
    territoryName: named === conflict.territoryCode ? `${conflict.territoryName} (${conflict.territoryCode})` : named,
    skus: conflict.skus === 'all' ? t('proposal.protection.allSkus') : conflict.skus.map((sku) => `${sku.name} ${sku.skuCode}`).join(t('proposal.diffView.separator')),
    startDate: conflict.startDate,
    endDate: conflict.endDate
  })
}

/** A clause as the version diff names it: its type and its territory (独家经营 上海市 (31) / Exclusive Shanghai (31)). */
export function clauseName(clause: Pick<StoredClause, 'type' | 'territoryCode'>, t: TFunction, names: ProposalNames): string {
  return `${t(`proposal.protectionType.${clause.type}`)} ${names.territoryName(clause.territoryCode)}`
}

/**
 * A domain message's params ready for i18next: names ending in Fen are money (¥ with two
 * decimals), in Ppm rates (% with one), account ids and territory codes become names, 'all' SKUs
 * the words for it. The same rules as proposal.ts states for its texts.
 */
export function formatMessageParams(params: Record<string, string | number>, language: Language, t: TFunction, names: ProposalNames): Record<string, string | number> {
  const formatted: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(params)) {
    const text = String(value)
    if (name.endsWith('Fen') && typeof value === 'number') formatted[name] = formatFen(language, value)
    else if (name.endsWith('Ppm') && typeof value === 'number') formatted[name] = formatPercent(language, ppmToRatio(value))
    else if (name === 'otherAccountId') formatted[name] = names.accountName(String(value))
    else if (name === 'territoryCode') formatted[name] = names.territoryName(String(value))
    else if ((name === 'skuCodes' || name === 'skuNames') && value === 'all') formatted[name] = t('proposal.protection.allSkus')
    else if (name === 'termCode') formatted[name] = termLabel(t, String(value))
    else if (name === 'paymentTermKind' && isPaymentTermKindKey(text)) formatted[name] = t(`proposal.paymentTermKind.${text}`)
    else formatted[name] = value
  }
  return formatted
}

/** A term's name from the trade-terms texts when it has one there, else its code as stored. */
export function termLabel(t: TFunction, termCode: string): string {
  if (termCode === 'payment_days') return t('proposal.page.paymentDays')
  return isTermKindKey(termCode) ? t(`terms.kinds.${termCode}`) : termCode
}

export function readinessText(item: ReadinessItem, language: Language, t: TFunction, names: ProposalNames): string {
  return t(`proposal.readiness.code.${item.code}`, formatMessageParams(item.params, language, t, names))
}

/** A key figure as shown: money in ¥, a rate in %, or the words for "cannot be computed". */
export function keyFigureText(code: KeyFigureCode, value: number | null, language: Language, t: TFunction): string {
  if (value === null) return t('proposal.page.notComputed')
  return KEY_FIGURE_UNITS[code] === 'fen' ? formatFen(language, value) : formatPercent(language, ppmToRatio(value))
}
