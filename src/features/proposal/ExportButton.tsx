import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import type { ProposalDetail } from '../../shared/contract/proposal'
import { Icon } from '../../components/Icon'
import { ExportDialog } from './ExportDialog'

/** 导出 Word: opens the export dialog (what to export, language, money unit, progress). */
export function ExportButton({ detail, language }: { detail: ProposalDetail; language: Language }): React.JSX.Element {
  const { t } = useTranslation()
  const [isOpen, setOpen] = useState(false)
  return (
    <>
      <button className="button button-primary" onClick={() => setOpen(true)} data-testid="proposal-export">
        <Icon name="download" size={16} /> {t('proposal.page.export')}
      </button>
      {isOpen && <ExportDialog detail={detail} language={language} onClose={() => setOpen(false)} />}
    </>
  )
}
