/**
 * Personalised talk card 个人化卡片话术 (seed: "根据客户的需求和特点,定制并个性化地设计销售话术").
 * Assembled from one stakeholder and the proposal figures that matter to their department; the
 * result is plain data (codes + params) so the UI can edit it and a document can print it.
 */
import type { DepartmentValueItem } from '../proposal/department-value'
import {
  DEPARTMENT_NEEDS,
  findDepartmentNeed,
  isImplicitNeedKind,
  type Department,
  type DepartmentNeed,
  type Stakeholder,
  type TalkFigureKey
} from './relationships'
import { DEPARTMENT_VALUE_TALK_FIGURES } from './talk-figures'

/** Plain figures from the proposal for this account; absent or null means "not known yet". */
export type TalkFigures = Partial<Record<TalkFigureKey, number | null>>

export type TalkPointSource = 'opening' | 'need' | 'proposal_value' | 'own_words' | 'implicit_need' | 'closing'

export interface TalkPoint {
  /**
   * Key path in the pipeline messages (e.g. "talk.need.purchasing.margin"), rendered with `params`;
   * for a 'proposal_value' point, the proposal's department value code (proposal.department.item.<code>).
   */
  code: string
  source: TalkPointSource
  params: Record<string, string | number>
  needId?: string
  /** Figures the need would quote but the proposal does not have yet: the card says "to be added". */
  missingFigures: TalkFigureKey[]
}

/** Figures by their kind, so the UI formats fen as CNY, ppm as % and the rest as plain counts. */
export type TalkFigureUnit = 'fen' | 'ppm' | 'days' | 'count'
export const TALK_FIGURE_UNITS: Record<TalkFigureKey, TalkFigureUnit> = {
  marginAmountFen: 'fen',
  marginRatePpm: 'ppm',
  paymentDays: 'days',
  skuCount: 'count',
  keySkuCount: 'count',
  expectedSellThroughPpm: 'ppm',
  promotionRoiPpm: 'ppm',
  promotionEvents: 'count',
  otherIncomeFen: 'fen',
  expectedAnnualSalesFen: 'fen',
  commissionPerUnitFen: 'fen',
  trainingSessions: 'count'
}

const DEPARTMENT_NEED_INDEX = new Map(DEPARTMENT_NEEDS.map((entry, index) => [entry.id, index]))

function needPoint(need: DepartmentNeed, figures: TalkFigures): TalkPoint {
  const params: Record<string, number> = {}
  const missingFigures: TalkFigureKey[] = []
  for (const key of need.figures) {
    const value = figures[key]
    if (value === undefined || value === null || !Number.isFinite(value)) missingFigures.push(key)
    else params[key] = value
  }
  return { code: `talk.need.${need.id}`, source: 'need', params, needId: need.id, missingFigures }
}

/**
 * The card, in the order a KA manager talks: an opening for the department, the ticked needs in
 * the seed's order (each with its figures), the person's own words, the implicit needs spotted
 * (phrased as benefits, never named to the person: they are 隐性), and a confirming close
 * (确认型问题: "总结一下,所以解决这个问题的好处是……,是这样吗?").
 * Ticked ids from another department's list are still used (a GM may care about settlement too).
 * Unknown ids are skipped rather than failing: the catalogue may have changed since they were ticked.
 * `departmentOffer` is what the proposal gives the person's department (部门价值, see talk-figures.ts
 * `departmentOfferFor`); it follows the needs, less the items whose figures the needs already quoted.
 */
export function assembleTalkCard(
  stakeholder: Pick<Stakeholder, 'name' | 'department' | 'customDepartmentLabel' | 'tickedNeedIds' | 'ownWordsNeeds' | 'implicitNeeds'>,
  figures: TalkFigures,
  departmentOffer: readonly DepartmentValueItem[] = []
): TalkPoint[] {
  const department: Department = stakeholder.department
  const opening: TalkPoint = {
    code: `talk.opening.${department}`,
    source: 'opening',
    params: { name: stakeholder.name, department: stakeholder.customDepartmentLabel ?? '' },
    missingFigures: []
  }
  const ticked = [...new Set(stakeholder.tickedNeedIds)]
    .map((id) => findDepartmentNeed(id))
    .filter((entry): entry is DepartmentNeed => entry !== undefined)
  // The stakeholder's own department first, then others, each in catalogue order.
  const catalogueOrder = (entry: DepartmentNeed): number => {
    const ownFirst = entry.department === department ? 0 : 1
    return ownFirst * 1000 + (DEPARTMENT_NEED_INDEX.get(entry.id) ?? 0)
  }
  ticked.sort((a, b) => catalogueOrder(a) - catalogueOrder(b))

  const ownWords: TalkPoint[] = stakeholder.ownWordsNeeds
    .map((text) => text.trim())
    .filter((text) => text.length > 0)
    .map((text) => ({ code: 'talk.own_words', source: 'own_words', params: { text }, missingFigures: [] }))
  const implicit: TalkPoint[] = (stakeholder.implicitNeeds ?? [])
    .filter((entry) => isImplicitNeedKind(entry.kind))
    .map((entry) => ({
      code: `talk.implicit.${entry.kind}`,
      source: 'implicit_need',
      params: { note: entry.note.trim() },
      missingFigures: []
    }))
  const closing: TalkPoint = { code: 'talk.closing', source: 'closing', params: { name: stakeholder.name }, missingFigures: [] }

  const needPoints = ticked.map((entry) => needPoint(entry, figures))
  const quoted = new Set(needPoints.flatMap((point) => Object.keys(point.params)))
  const offer: TalkPoint[] = departmentOffer
    .filter((item) => {
      const restated = DEPARTMENT_VALUE_TALK_FIGURES[item.code]
      return restated.length === 0 || !restated.every((key) => quoted.has(key))
    })
    .map((item) => ({ code: item.code, source: 'proposal_value', params: { ...item.params }, missingFigures: [] }))

  return [opening, ...needPoints, ...offer, ...ownWords, ...implicit, closing]
}
