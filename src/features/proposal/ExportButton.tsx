import type { Language } from '../../shared/i18n'
import type { ProposalDetail } from '../../shared/contract/proposal'

/** The Word export; wired to `proposal:export-docx` once that channel is in the contract. */
export function ExportButton(_props: { detail: ProposalDetail; language: Language }): React.JSX.Element | null {
  return null
}
