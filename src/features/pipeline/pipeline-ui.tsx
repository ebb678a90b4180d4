/** Small pieces the pipeline pages share: money and rate text, the stage pill, the region label. */
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, onWorkspaceChange } from '../../lib/api'
import { formatFen, formatPercent } from '../../lib/format'
import { PPM_PER_UNIT } from '../../shared/domain/rate'
import type { Region } from '../../shared/domain/regions'
import type { Language } from '../../shared/i18n'
import type { FunnelStage } from '../../shared/domain/pipeline'

export const ppmText = (language: Language, ppm: number | null | undefined): string => (ppm === null || ppm === undefined ? '—' : formatPercent(language, ppm / PPM_PER_UNIT))
export const fenText = (language: Language, fen: number | null | undefined): string => (fen === null || fen === undefined ? '—' : formatFen(language, fen))

/** Today in the computer's calendar, as the services expect it (YYYY-MM-DD). */
export function localIsoDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** "12.5万" style input → fen; null when not a plain non-negative amount. */
export function yuanTextToFen(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d{1,2})?)\s*(万|亿)?\s*$/.exec(text.replace(/,/g, ''))
  if (!match) return null
  const [whole, fraction = ''] = match[1]!.split('.')
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  const factor = match[2] === '万' ? 10_000 : match[2] === '亿' ? 100_000_000 : 1
  const result = fen * factor
  return Number.isSafeInteger(result) ? result : null
}

export function StagePill({ stage }: { stage: FunnelStage }): React.JSX.Element {
  const { t } = useTranslation()
  return <span className={`pill stage-pill stage-${stage}`}>{t(`pipeline.funnel.stages.${stage}`)}</span>
}

/** Province names by code, for the pipeline's region grouping (440000 → 广东省). */
export function useProvinceNames(): Map<string, string> {
  const [names, setNames] = useState<Map<string, string>>(new Map())
  useEffect(() => {
    let isCurrent = true
    void api.regions.list({}).then((regions: Region[]) => {
      if (isCurrent) setNames(new Map(regions.filter((region) => region.code.endsWith('0000')).map((region) => [region.code, region.name])))
    })
    return () => {
      isCurrent = false
    }
  }, [])
  return names
}

/**
 * `t` for keys built from stored ids (a criterion id, a need id, an issue code): the typed `t`
 * only takes keys it can see at compile time; a missing key shows the key, which the screenshot
 * test looks for.
 */
export function useKeyText(): (key: string, params?: Record<string, unknown>) => string {
  const { t } = useTranslation()
  return useCallback((key: string, params?: Record<string, unknown>) => String(t(key as never, params as never)), [t])
}

/**
 * A criterion's name: a workspace criterion's own label from the funnel settings, the guide's
 * translated otherwise (kept current as the settings change).
 */
export function useCriterionLabel(): (stage: FunnelStage, id: string) => string {
  const k = useKeyText()
  const [custom, setCustom] = useState<Map<string, string>>(new Map())
  useEffect(() => {
    let isCurrent = true
    const load = () =>
      void api.pipeline.funnelSettingsGet({}).then((settings) => {
        if (!isCurrent) return
        setCustom(new Map(settings.config.stages.flatMap((stage) => stage.criteria.flatMap((criterion) => (criterion.customLabel ? [[`${stage.stage}.${criterion.id}`, criterion.customLabel] as const] : [])))))
      })
    load()
    const stop = onWorkspaceChange((change) => {
      if (change.entity === 'funnelSettings') load()
    })
    return () => {
      isCurrent = false
      stop()
    }
  }, [])
  return useCallback((stage: FunnelStage, id: string) => custom.get(`${stage}.${id}`) ?? k(`pipeline.funnel.criteria.${stage}.${id}`, { defaultValue: id }), [custom, k])
}
