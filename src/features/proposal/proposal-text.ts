import type { TFunction } from 'i18next'
import type { Language } from '../../shared/i18n'
import { KEY_FIGURE_UNITS, type KeyFigureCode, type ReadinessItem } from '../../shared/domain/proposal'
import { ppmToRatio } from '../../shared/domain/rate'
import { formatFen, formatPercent } from '../../lib/format'
import { zhCNTerms } from '../../shared/i18n/terms'
import { zhCNProposal } from '../../shared/i18n/proposal'

type TermKindKey = keyof typeof zhCNTerms.kinds
type PaymentTermKindKey = keyof typeof zhCNProposal.paymentTermKind
const isTermKindKey = (code: string): code is TermKindKey => Object.hasOwn(zhCNTerms.kinds, code)
const isPaymentTermKindKey = (code: string): code is PaymentTermKindKey => Object.hasOwn(zhCNProposal.paymentTermKind, code)

/** What the page knows to name things in a message: accounts by id, territories by code. */
export interface ProposalNames {
  accountName(accountId: string): string
  territoryName(code: string): string
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
