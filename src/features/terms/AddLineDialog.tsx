import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FEE_BASES, FIXED_FEE_KINDS, PERCENTAGE_TERM_KINDS, type FeeBasis } from '../../shared/domain/terms'
import { MAX_TERM_LINE_NAME_LENGTH, type TERM_LINE_KINDS } from '../../shared/contract/terms'

type TermLineKind = (typeof TERM_LINE_KINDS)[number]

export interface NewLine {
  kind: TermLineKind
  name: string
  basis: FeeBasis | undefined
}

interface AddLineDialogProps {
  onAdd(line: NewLine): Promise<boolean>
  onClose(): void
}

const isFixedKind = (kind: TermLineKind) => (FIXED_FEE_KINDS as readonly string[]).includes(kind)
const isCustomKind = (kind: TermLineKind) => kind === 'customFixed' || kind === 'customPercentage'

/** A line the retailer charges: a kind of the domain, or the retailer's own (name + basis, or a percentage). */
export function AddLineDialog({ onAdd, onClose }: AddLineDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const [kind, setKind] = useState<TermLineKind>('customFixed')
  const [name, setName] = useState('')
  const [basis, setBasis] = useState<FeeBasis | ''>('')
  const [isBusy, setBusy] = useState(false)
  const isFixed = isFixedKind(kind)
  const needsName = isCustomKind(kind)
  const add = async () => {
    setBusy(true)
    const isDone = await onAdd({ kind, name: name.trim(), basis: isFixed && basis !== '' ? basis : undefined })
    setBusy(false)
    if (isDone) onClose()
  }
  const groups: { label: string; kinds: readonly TermLineKind[] }[] = [
    { label: t('terms.categories.fixed'), kinds: FIXED_FEE_KINDS },
    { label: t('terms.categories.percentage'), kinds: PERCENTAGE_TERM_KINDS },
    { label: t('terms.categories.conditionalRebate'), kinds: ['conditionalRebate'] }
  ]
  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && !isBusy && onClose()}>
      <div className="modal modal-small" role="dialog" aria-modal="true" aria-labelledby="add-line-title" data-testid="add-line-dialog">
        <h2 id="add-line-title">{t('terms.page.addLineTitle')}</h2>
        <div className="terms-form">
          <label>
            {t('terms.page.kind')}
            <select value={kind} onChange={(event) => setKind(event.target.value as TermLineKind)} data-testid="add-line-kind">
              {groups.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.kinds.map((option) => (
                    <option key={option} value={option}>
                      {t(`terms.kinds.${option}`)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <label>
            {needsName ? t('terms.page.nameRequired') : t('terms.page.nameOptional')}
            <input autoFocus value={name} maxLength={MAX_TERM_LINE_NAME_LENGTH} onChange={(event) => setName(event.target.value)} data-testid="add-line-name" />
          </label>
          {isFixed && (
            <label>
              {t('terms.page.columns.basis')}
              <select value={basis} onChange={(event) => setBasis(event.target.value as FeeBasis | '')} data-testid="add-line-basis">
                <option value="">{t('terms.page.usualBasis')}</option>
                {FEE_BASES.filter((option) => option !== 'perSkuPerStore' || kind === 'barcode').map((option) => (
                  <option key={option} value={option}>
                    {t(`terms.bases.${option}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        <div className="modal-actions">
          <button className="button" onClick={onClose} disabled={isBusy}>
            {t('common.cancel')}
          </button>
          <button className="button button-primary" onClick={() => void add()} disabled={isBusy || (needsName && name.trim() === '')} data-testid="add-line-confirm">
            {t('terms.page.addLine')}
          </button>
        </div>
      </div>
    </div>
  )
}
