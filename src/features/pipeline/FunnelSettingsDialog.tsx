/**
 * 漏斗设置: each stage's win probability over the seed's default, saved as a new entry in the
 * settings history (the defaults are never lost; every change is listed with its time).
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ApiError } from '../../lib/api'
import { FUNNEL_STAGES, DEFAULT_FUNNEL_CONFIG, type FunnelStage } from '../../shared/domain/pipeline'
import type { FunnelSettings } from '../../shared/contract/pipeline'

const defaultPercent = (stage: FunnelStage): number => (DEFAULT_FUNNEL_CONFIG.stages.find((entry) => entry.stage === stage)?.probabilityPpm ?? 0) / 10_000

export function FunnelSettingsDialog({ onClose, onSaved }: { onClose(): void; onSaved(): void }): React.JSX.Element {
  const { t } = useTranslation()
  const [settings, setSettings] = useState<FunnelSettings | null>(null)
  const [percents, setPercents] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    void api.pipeline.funnelSettingsGet({}).then((loaded) => {
      setSettings(loaded)
      setPercents(Object.fromEntries(loaded.config.stages.map((stage) => [stage.stage, String(stage.probabilityPpm / 10_000)])))
    })
  }, [])
  const save = () => {
    if (!settings) return
    const overrides: FunnelSettings['overrides'] = { ...settings.overrides }
    for (const stage of FUNNEL_STAGES) {
      const value = Number(percents[stage])
      if (!Number.isFinite(value) || value < 0 || value > 100) return setProblem(t('pipeline.ui.probabilityRange', { stage: t(`pipeline.funnel.stages.${stage}`) }))
      const ppm = Math.round(value * 10_000)
      const base = overrides[stage] ?? {}
      if (ppm === defaultPercent(stage) * 10_000) {
        const { probabilityPpm: _dropped, ...rest } = base
        if (Object.keys(rest).length > 0) overrides[stage] = rest
        else delete overrides[stage]
      } else overrides[stage] = { ...base, probabilityPpm: ppm }
    }
    void api.pipeline.funnelSettingsSet({ overrides }).then(
      () => onSaved(),
      (error: unknown) => setProblem(error instanceof ApiError ? error.message : String(error))
    )
  }
  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="funnel-settings-title" data-testid="funnel-settings">
        <h2 id="funnel-settings-title">{t('pipeline.ui.funnelSettings')}</h2>
        <p className="muted">{t('pipeline.ui.funnelSettingsHint')}</p>
        <div className="form-grid" style={{ gridTemplateColumns: 'max-content 90px max-content' }}>
          {FUNNEL_STAGES.map((stage) => (
            <div key={stage} style={{ display: 'contents' }}>
              <label htmlFor={`probability-${stage}`}>{t(`pipeline.funnel.stages.${stage}`)}</label>
              <input
                id={`probability-${stage}`}
                value={percents[stage] ?? ''}
                onChange={(event) => setPercents({ ...percents, [stage]: event.target.value })}
                data-testid={`probability-${stage}`}
              />
              <span className="muted">% · {t('pipeline.ui.seedDefault', { value: defaultPercent(stage) })}</span>
            </div>
          ))}
        </div>
        {settings && settings.history.length > 0 && (
          <>
            <h3>{t('pipeline.ui.settingsHistory')}</h3>
            <ul className="muted" data-testid="funnel-settings-history">
              {settings.history.slice(0, 10).map((entry, index) => (
                <li key={index}>
                  {new Date(entry.changedAt).toLocaleString()} ·{' '}
                  {Object.entries(entry.overrides)
                    .filter(([, override]) => override?.probabilityPpm !== undefined)
                    .map(([stage, override]) => `${t(`pipeline.funnel.stages.${stage as FunnelStage}`)} ${(override?.probabilityPpm ?? 0) / 10_000}%`)
                    .join('，') || t('pipeline.ui.seedDefaults')}
                </li>
              ))}
            </ul>
          </>
        )}
        {problem && <p className="alert alert-error">{problem}</p>}
        <div className="modal-actions">
          <button className="button" onClick={onClose}>
            {t('pipeline.ui.cancel')}
          </button>
          <button className="button button-primary" onClick={save} data-testid="funnel-settings-save">
            {t('pipeline.ui.save')}
          </button>
        </div>
      </div>
    </div>
  )
}
