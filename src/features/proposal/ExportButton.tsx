import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import type { ProposalDetail } from '../../shared/contract/proposal'
import { Icon } from '../../components/Icon'
import { showToast } from '../../components/toast-store'
import { errorMessage } from '../../grid/grid-errors'
import { exportProposalDocx } from '../proposal-document/export-proposal-docx'

/** 导出 Word: the proposal as a .docx in the page's language, money in 元 or 万元; the button says it is working while the core builds it. */
export function ExportButton({ detail, language }: { detail: ProposalDetail; language: Language }): React.JSX.Element {
  const { t } = useTranslation()
  const [moneyUnit, setMoneyUnit] = useState<'yuan' | 'wan'>('yuan')
  const [isExporting, setExporting] = useState(false)
  const run = async () => {
    setExporting(true)
    try {
      const fileName = await exportProposalDocx(detail.proposal.id, language, moneyUnit)
      showToast('success', t('proposal.page.exported', { fileName }))
    } catch (error) {
      showToast('error', errorMessage(error, t))
    } finally {
      setExporting(false)
    }
  }
  return (
    <span className="proposal-export">
      <select value={moneyUnit} onChange={(event) => setMoneyUnit(event.target.value === 'wan' ? 'wan' : 'yuan')} aria-label={t('proposal.page.exportUnit')} data-testid="proposal-export-unit">
        <option value="yuan">{t('proposal.page.unitYuan')}</option>
        <option value="wan">{t('proposal.page.unitWan')}</option>
      </select>
      <button className="button button-primary" onClick={() => void run()} disabled={isExporting} aria-busy={isExporting} data-testid="proposal-export">
        <Icon name="download" size={16} /> {isExporting ? t('proposal.page.exporting') : t('proposal.page.export')}
      </button>
    </span>
  )
}
