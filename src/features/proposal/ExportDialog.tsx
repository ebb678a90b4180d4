import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../../shared/i18n'
import type { ProposalDetail } from '../../shared/contract/proposal'
import { Icon } from '../../components/Icon'
import { showToast } from '../../components/toast-store'
import { errorMessage } from '../../grid/grid-errors'
import { EXPORT_STEPS, exportProposalDocx, type ExportStep } from '../proposal-document/export-proposal-docx'
import './export-dialog.css'

/** A quick export finishes without a bar flashing by; one that takes longer shows its phases. */
const SHOW_PROGRESS_AFTER_MS = 1_000

/**
 * 导出 Word: the proposal as it is now or one of its saved versions (printed from its snapshot),
 * in Chinese or English, money in 元 or 万元. While the core works the dialog stays open and,
 * past a second, shows which of the four phases the export is in.
 */
export function ExportDialog({ detail, language, onClose }: { detail: ProposalDetail; language: Language; onClose(): void }): React.JSX.Element {
  const { t } = useTranslation()
  const [versionId, setVersionId] = useState<number | null>(null)
  const [documentLanguage, setDocumentLanguage] = useState<Language>(language)
  const [moneyUnit, setMoneyUnit] = useState<'yuan' | 'wan'>('yuan')
  const [step, setStep] = useState<ExportStep | null>(null)
  const [isProgressShown, setProgressShown] = useState(false)
  const startRef = useRef<HTMLButtonElement>(null)
  const isExporting = step !== null
  useEffect(() => startRef.current?.focus(), [])

  useEffect(() => {
    if (!isExporting) return
    const timer = setTimeout(() => setProgressShown(true), SHOW_PROGRESS_AFTER_MS)
    return () => clearTimeout(timer)
  }, [isExporting])

  const run = async () => {
    setStep('data')
    try {
      const fileName = await exportProposalDocx({ proposalId: detail.proposal.id, versionId: versionId ?? undefined, language: documentLanguage, moneyUnit }, setStep)
      showToast('success', t('proposal.page.exported', { fileName }))
      onClose()
    } catch (error) {
      showToast('error', errorMessage(error, t))
      setStep(null)
      setProgressShown(false)
    }
  }

  const nextVersion = (detail.versions.at(-1)?.version ?? 0) + 1
  const stepIndex = step === null ? -1 : EXPORT_STEPS.indexOf(step)
  const close = () => {
    if (!isExporting) onClose()
  }
  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && close()}>
      <div className="modal modal-small export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" data-testid="proposal-export-dialog">
        <header className="modal-header">
          <h2 id="export-title">{t('proposalExport.title')}</h2>
          <button className="icon-button" onClick={close} aria-label={t('common.close')} disabled={isExporting}>
            ×
          </button>
        </header>

        <label className="export-field">
          <span>{t('proposalExport.content')}</span>
          <select
            value={versionId ?? ''}
            onChange={(event) => setVersionId(event.target.value === '' ? null : Number(event.target.value))}
            disabled={isExporting}
            data-testid="proposal-export-version"
          >
            <option value="">{t('proposalExport.current', { version: nextVersion })}</option>
            {[...detail.versions].reverse().map((version) => (
              <option key={version.id} value={version.id}>
                {t('proposalExport.version', { version: version.version, name: version.name, savedOn: version.savedOn })}
              </option>
            ))}
          </select>
        </label>
        {versionId !== null && <p className="muted export-note">{t('proposalExport.versionNote')}</p>}

        <div className="export-field-row">
          <label className="export-field">
            <span>{t('proposalExport.language')}</span>
            <select value={documentLanguage} onChange={(event) => setDocumentLanguage(event.target.value === 'en-US' ? 'en-US' : 'zh-CN')} disabled={isExporting} data-testid="proposal-export-language">
              {LANGUAGES.map((option) => (
                <option key={option} value={option}>
                  {t(`proposalExport.languages.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="export-field">
            <span>{t('proposalExport.moneyUnit')}</span>
            <select value={moneyUnit} onChange={(event) => setMoneyUnit(event.target.value === 'wan' ? 'wan' : 'yuan')} disabled={isExporting} data-testid="proposal-export-unit">
              <option value="yuan">{t('proposal.page.unitYuan')}</option>
              <option value="wan">{t('proposal.page.unitWan')}</option>
            </select>
          </label>
        </div>

        {isExporting && isProgressShown && step !== null && (
          <div className="export-progress" data-testid="proposal-export-progress">
            <div
              className="export-progress-track"
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={EXPORT_STEPS.length}
              aria-valuenow={stepIndex + 1}
              aria-valuetext={t(`proposalExport.phases.${step}`)}
            >
              {EXPORT_STEPS.map((phase, index) => (
                <span key={phase} className={`export-progress-segment${index < stepIndex ? ' is-done' : index === stepIndex ? ' is-current' : ''}`} />
              ))}
            </div>
            <span className="muted" data-testid="proposal-export-phase">
              {t('proposalExport.phaseOf', { step: stepIndex + 1, steps: EXPORT_STEPS.length, phase: t(`proposalExport.phases.${step}`) })}
            </span>
          </div>
        )}

        <div className="modal-actions">
          <button className="button" onClick={close} disabled={isExporting}>
            {t('common.cancel')}
          </button>
          <button ref={startRef} className="button button-primary" onClick={() => void run()} disabled={isExporting} aria-busy={isExporting} data-testid="proposal-export-start">
            <Icon name="download" size={16} /> {isExporting ? t('proposal.page.exporting') : t('proposalExport.start')}
          </button>
        </div>
      </div>
    </div>
  )
}
