/**
 * 少降多送 ("少降价，多送货"): offer free goods rather than a price cut of the same shopper value.
 *
 * Equal shopper value means the same effective price per unit the shopper takes home: buy 4 get 1
 * hands over 5 units for the price of 4, i.e. 20% off each unit, the same as a 20% price cut.
 * For the same units taken home Q and a cut x of the shelf price r:
 * - the price cut costs the supplier the cut on every unit sold: Q × (r × x);
 * - free goods of equal value are Q × x units, and each costs the supplier only its unit cost c.
 * The saving, Q × x × (r − c), is why the seed prefers goods to price. It is the seed's comparison of
 * promotion money; it does not count supply revenue lost if the free units replace units the
 * shopper would have paid for (the planner shows the event's full economics elsewhere).
 */
import { roundHalfUp } from '../money'
import { applyRate, PPM_PER_UNIT, ratioToPpm, type Ppm } from '../rate'

export interface PriceCutVsFreeGoodsInput {
  /** Regular shelf price, fen. */
  retailPriceFen: number
  /** The price cut offered, ppm of the shelf price (20% = 200,000). */
  priceCutPpm: Ppm
  unitCostFen: number
  /** Units that reach shoppers during the offer. */
  unitsTakenHome: number
}

export interface EquivalentFreeGoodsOffer {
  buyQuantity: number
  getQuantity: number
  /** getQuantity / (buyQuantity + getQuantity): the price cut this offer amounts to. */
  shopperDiscountPpm: Ppm
  freeUnits: number
  costFen: number
}

export type PriceCutVsFreeGoods =
  | {
      isValid: true
      priceCutPerUnitFen: number
      priceCutCostFen: number
      /** Free units of exactly equal shopper value. */
      freeUnits: number
      freeGoodsCostFen: number
      savingFen: number
      /** The saving as a share of the price cut's cost. */
      savingPpm: Ppm | null
      /** Practical buy N get M offers (M ≤ 2, N ≤ 12: what a shelf talker can say), nearest the cut first. */
      equivalentOffers: EquivalentFreeGoodsOffer[]
    }
  | { isValid: false; reason: 'cut_out_of_range' | 'no_units' }

const MAX_GET_QUANTITY = 2
const MAX_BUY_QUANTITY = 12
const OFFERS_SHOWN = 3

const greatestCommonDivisor = (a: number, b: number): number => (b === 0 ? a : greatestCommonDivisor(b, a % b))

/** Buy N get M offers nearest to a price cut, exact ones first, then the simplest. */
export function equivalentFreeGoodsOffers(priceCutPpm: Ppm): Array<{ buyQuantity: number; getQuantity: number; shopperDiscountPpm: Ppm }> {
  const offers: Array<{ buyQuantity: number; getQuantity: number; shopperDiscountPpm: Ppm; distance: number }> = []
  for (let getQuantity = 1; getQuantity <= MAX_GET_QUANTITY; getQuantity += 1) {
    for (let buyQuantity = 1; buyQuantity <= MAX_BUY_QUANTITY; buyQuantity += 1) {
      // buy 2 get 2 is buy 1 get 1
      if (greatestCommonDivisor(buyQuantity, getQuantity) !== 1) continue
      // Compared exactly in integers: |M × 10⁶ − x × (N + M)| over the same denominator scale.
      const distance = Math.abs(getQuantity * PPM_PER_UNIT - priceCutPpm * (buyQuantity + getQuantity)) / (buyQuantity + getQuantity)
      offers.push({ buyQuantity, getQuantity, shopperDiscountPpm: ratioToPpm(getQuantity, buyQuantity + getQuantity) ?? 0, distance })
    }
  }
  offers.sort((a, b) => a.distance - b.distance || a.buyQuantity + a.getQuantity - (b.buyQuantity + b.getQuantity))
  return offers.slice(0, OFFERS_SHOWN).map(({ buyQuantity, getQuantity, shopperDiscountPpm }) => ({ buyQuantity, getQuantity, shopperDiscountPpm }))
}

export function comparePriceCutWithFreeGoods(input: PriceCutVsFreeGoodsInput): PriceCutVsFreeGoods {
  if (input.priceCutPpm <= 0 || input.priceCutPpm >= PPM_PER_UNIT) return { isValid: false, reason: 'cut_out_of_range' }
  if (input.unitsTakenHome <= 0) return { isValid: false, reason: 'no_units' }
  // The shelf price is whole fen, so the cut per unit is rounded to the fen once, as the shelf shows it.
  const priceCutPerUnitFen = applyRate(input.retailPriceFen, input.priceCutPpm)
  const priceCutCostFen = priceCutPerUnitFen * input.unitsTakenHome
  const freeUnits = roundHalfUp((input.unitsTakenHome * input.priceCutPpm) / PPM_PER_UNIT)
  const freeGoodsCostFen = freeUnits * input.unitCostFen
  const savingFen = priceCutCostFen - freeGoodsCostFen
  const equivalentOffers = equivalentFreeGoodsOffers(input.priceCutPpm).map((offer) => {
    const offerFreeUnits = roundHalfUp((input.unitsTakenHome * offer.getQuantity) / (offer.buyQuantity + offer.getQuantity))
    return { ...offer, freeUnits: offerFreeUnits, costFen: offerFreeUnits * input.unitCostFen }
  })
  return {
    isValid: true,
    priceCutPerUnitFen,
    priceCutCostFen,
    freeUnits,
    freeGoodsCostFen,
    savingFen,
    savingPpm: ratioToPpm(savingFen, priceCutCostFen),
    equivalentOffers
  }
}
