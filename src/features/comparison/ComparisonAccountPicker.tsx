import { useCallback, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../shared/domain/accounts/account'
import { Icon } from '../../components/Icon'
import { useDismiss } from '../../grid/use-dismiss'

/** terms:compare takes at most this many accounts at once. */
export const MAX_COMPARED_ACCOUNTS = 500
const SHOWN_MATCHES = 300

interface ComparisonAccountPickerProps {
  accounts: Account[]
  /** Accounts with a term sheet in the year compared: only these can be ticked. */
  withSheet: ReadonlySet<number>
  chosen: readonly number[]
  onChange(ids: number[]): void
}

/**
 * Which accounts are compared: a searchable list with a tick per account. Accounts without a
 * sheet in the year stay listed (greyed, with why) so the user sees who is missing, not why the
 * list is short.
 */
export function ComparisonAccountPicker({ accounts, withSheet, chosen, onChange }: ComparisonAccountPickerProps): React.JSX.Element {
  const { t } = useTranslation()
  const [isOpen, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const ref = useRef<HTMLDivElement>(null)
  const close = useCallback(() => setOpen(false), [])
  useDismiss(ref, isOpen, close)
  const chosenSet = useMemo(() => new Set(chosen), [chosen])
  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase()
    const found = accounts.filter((account) => needle === '' || account.name.toLowerCase().includes(needle) || account.code.toLowerCase().includes(needle))
    // Those with a sheet first: they are the ones that can be compared.
    found.sort((a, b) => Number(withSheet.has(b.id)) - Number(withSheet.has(a.id)))
    return found.slice(0, SHOWN_MATCHES)
  }, [accounts, query, withSheet])
  const allWithSheet = useMemo(() => accounts.filter((account) => withSheet.has(account.id)).map((account) => account.id), [accounts, withSheet])
  const isAllChosen = allWithSheet.length > 0 && allWithSheet.length === chosen.length && allWithSheet.every((id) => chosenSet.has(id))

  const toggle = (id: number) => {
    if (chosenSet.has(id)) onChange(chosen.filter((other) => other !== id))
    else if (chosen.length < MAX_COMPARED_ACCOUNTS) onChange([...chosen, id])
  }

  return (
    <div className="dropdown comparison-picker" ref={ref}>
      <button className="button comparison-picker-button" onClick={() => setOpen((open) => !open)} aria-expanded={isOpen} data-testid="comparison-accounts">
        <Icon name="accounts" size={16} />
        <span>{isAllChosen ? t('comparison.accountsAll') : t('comparison.accountsChosen', { count: chosen.length })}</span>
        <Icon name="chevron" size={14} />
      </button>
      {isOpen && (
        <div className="dropdown-menu comparison-picker-menu" role="dialog" aria-label={t('comparison.pickAccounts')}>
          <input
            autoFocus
            type="search"
            value={query}
            placeholder={t('comparison.searchAccounts')}
            onChange={(event) => setQuery(event.target.value)}
            data-testid="comparison-accounts-search"
          />
          <div className="comparison-picker-actions">
            <button className="comparison-link" onClick={() => onChange(allWithSheet.slice(0, MAX_COMPARED_ACCOUNTS))} data-testid="comparison-accounts-all">
              {t('comparison.selectAllWithSheet')}
            </button>
            <button className="comparison-link" onClick={() => onChange([])} data-testid="comparison-accounts-clear">
              {t('comparison.clearSelection')}
            </button>
          </div>
          <div className="comparison-picker-list">
            {matches.map((account) => {
              const hasSheet = withSheet.has(account.id)
              return (
                <label key={account.id} className={`comparison-picker-option ${hasSheet ? '' : 'is-unavailable'}`} data-testid={`comparison-account-${account.code}`}>
                  <input type="checkbox" checked={chosenSet.has(account.id)} disabled={!hasSheet && !chosenSet.has(account.id)} onChange={() => toggle(account.id)} />
                  <span className="comparison-picker-name">{account.name}</span>
                  <span className="muted">{hasSheet ? account.code : t('comparison.noSheet')}</span>
                </label>
              )
            })}
          </div>
        </div>
      )}
    </div>
  )
}
