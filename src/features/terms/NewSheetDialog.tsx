import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../shared/domain/accounts/account'
import { MAX_CONTRACT_YEAR, MIN_CONTRACT_YEAR } from '../../shared/contract/terms'
import { AccountPicker } from '../assortment/AccountPicker'

export type SheetStart = { kind: 'empty' } | { kind: 'previous-year' } | { kind: 'account'; accountId: number; year: number } | { kind: 'fee-schedule' }

interface NewSheetDialogProps {
  accounts: Account[]
  account: Account
  defaultYear: number
  hasEarlierSheet: boolean
  onCreate(year: number, start: SheetStart): Promise<boolean>
  onClose(): void
}

/** A contract year's sheet: empty, from last year's, from another account's, or from the retailer's fee schedule 费用单. */
export function NewSheetDialog({ accounts, account, defaultYear, hasEarlierSheet, onCreate, onClose }: NewSheetDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const [yearText, setYearText] = useState(String(defaultYear))
  const [kind, setKind] = useState<SheetStart['kind']>(hasEarlierSheet ? 'previous-year' : 'empty')
  const [fromAccountId, setFromAccountId] = useState<number | null>(null)
  const [fromYearText, setFromYearText] = useState(String(defaultYear))
  const [isBusy, setBusy] = useState(false)
  const year = Number(yearText)
  const fromYear = Number(fromYearText)
  const isYear = (value: number) => Number.isInteger(value) && value >= MIN_CONTRACT_YEAR && value <= MAX_CONTRACT_YEAR
  const isReady = isYear(year) && (kind !== 'account' || (fromAccountId !== null && isYear(fromYear)))
  const create = async () => {
    const start: SheetStart = kind === 'account' ? { kind, accountId: fromAccountId ?? 0, year: fromYear } : { kind }
    setBusy(true)
    const isDone = await onCreate(year, start)
    setBusy(false)
    if (isDone) onClose()
  }
  const options: SheetStart['kind'][] = ['previous-year', 'account', 'fee-schedule', 'empty']
  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && !isBusy && onClose()}>
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="new-sheet-title" data-testid="new-sheet-dialog">
        <h2 id="new-sheet-title">{t('terms.page.newSheetTitle', { account: account.name })}</h2>
        <div className="terms-form">
          <label>
            {t('terms.page.contractYear')}
            <input value={yearText} inputMode="numeric" onChange={(event) => setYearText(event.target.value)} data-testid="new-sheet-year" />
          </label>
          <fieldset className="terms-start-options">
            <legend>{t('terms.page.startFrom')}</legend>
            {options.map((option) => (
              <label key={option} className={option === 'previous-year' && !hasEarlierSheet ? 'muted' : undefined}>
                <input type="radio" name="sheet-start" checked={kind === option} disabled={option === 'previous-year' && !hasEarlierSheet} onChange={() => setKind(option)} data-testid={`new-sheet-${option}`} />
                {t(`terms.page.start.${option}`)}
              </label>
            ))}
          </fieldset>
          {kind === 'account' && (
            <div className="terms-from-account">
              <AccountPicker accounts={accounts} account={accounts.find((candidate) => candidate.id === fromAccountId) ?? null} onChoose={setFromAccountId} testId="new-sheet-from-account" excludeId={account.id} />
              <label>
                {t('terms.page.contractYear')}
                <input value={fromYearText} inputMode="numeric" onChange={(event) => setFromYearText(event.target.value)} data-testid="new-sheet-from-year" />
              </label>
            </div>
          )}
          <p className="muted">{t('terms.page.startHelp')}</p>
        </div>
        <div className="modal-actions">
          <button className="button" onClick={onClose} disabled={isBusy}>
            {t('common.cancel')}
          </button>
          <button className="button button-primary" onClick={() => void create()} disabled={isBusy || !isReady} data-testid="new-sheet-create">
            {t('terms.page.createSheet')}
          </button>
        </div>
      </div>
    </div>
  )
}
