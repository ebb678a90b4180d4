/**
 * 导出关键人: this account's stakeholders or all of them, to .xlsx. Contact details are personal
 * data kept on this computer: the tick to include them is off each time the dialog opens.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ApiError } from '../../lib/api'
import { showToast } from '../../components/toast-store'
import { downloadBase64 } from '../../lib/download'
import type { Language } from '../../shared/i18n'

export function StakeholdersExportDialog({ accountId, language, onClose }: { accountId: number; language: Language; onClose(): void }): React.JSX.Element {
  const { t } = useTranslation()
  const [isAllAccounts, setAllAccounts] = useState(false)
  const [includeContactDetails, setIncludeContactDetails] = useState(false)
  const run = () =>
    void api.pipeline.stakeholdersExport({ ...(isAllAccounts ? {} : { accountId }), includeContactDetails, language }).then(
      (file) => {
        downloadBase64(file.fileName, file.mimeType, file.dataBase64)
        showToast('success', t('pipeline.ui.exportDone', { count: file.rowCount }))
        onClose()
      },
      (error: unknown) => showToast('error', error instanceof ApiError ? error.message : String(error))
    )
  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div className="modal modal-small" role="dialog" aria-modal="true" aria-labelledby="stakeholders-export-title" data-testid="stakeholders-export">
        <h2 id="stakeholders-export-title">{t('pipeline.ui.exportStakeholders')}</h2>
        <div className="export-dialog-options">
          <span className="muted">{t('pipeline.ui.exportScope')}</span>
          <label className="chip-check">
            <input type="radio" checked={!isAllAccounts} onChange={() => setAllAccounts(false)} />
            {t('pipeline.ui.exportThisAccount')}
          </label>
          <label className="chip-check">
            <input type="radio" checked={isAllAccounts} onChange={() => setAllAccounts(true)} data-testid="stakeholders-export-all" />
            {t('pipeline.ui.exportAllAccounts')}
          </label>
          <label className="chip-check">
            <input type="checkbox" checked={includeContactDetails} onChange={(event) => setIncludeContactDetails(event.target.checked)} data-testid="stakeholders-export-contact" />
            {t('pipeline.ui.includeContactDetails')}
          </label>
          <p className="muted">{t('pipeline.ui.includeContactHint')}</p>
        </div>
        <div className="modal-actions">
          <button className="button" onClick={onClose}>
            {t('pipeline.ui.cancel')}
          </button>
          <button className="button button-primary" onClick={run} data-testid="stakeholders-export-run">
            {t('pipeline.ui.export')}
          </button>
        </div>
      </div>
    </div>
  )
}
