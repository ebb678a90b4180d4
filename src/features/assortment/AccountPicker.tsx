import { useCallback, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../shared/domain/accounts/account'
import { Icon } from '../../components/Icon'
import { useDismiss } from '../../grid/use-dismiss'

interface AccountPickerProps {
  accounts: Account[]
  account: Account | null
  onChoose(id: number): void
  testId: string
  /** Accounts not offered (e.g. the one copied into). */
  excludeId?: number
}

/** A searchable account list: type part of a name or code, pick with a click or Enter. */
export function AccountPicker({ accounts, account, onChoose, testId, excludeId }: AccountPickerProps): React.JSX.Element {
  const { t } = useTranslation()
  const [isOpen, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const ref = useRef<HTMLDivElement>(null)
  const close = useCallback(() => setOpen(false), [])
  useDismiss(ref, isOpen, close)
  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase()
    return accounts.filter((candidate) => candidate.id !== excludeId && (needle === '' || candidate.name.toLowerCase().includes(needle) || candidate.code.toLowerCase().includes(needle))).slice(0, 200)
  }, [accounts, query, excludeId])
  const choose = (id: number) => {
    onChoose(id)
    setOpen(false)
    setQuery('')
  }
  return (
    <div className="dropdown account-picker" ref={ref}>
      <button className="button account-picker-button" onClick={() => setOpen((open) => !open)} aria-expanded={isOpen} data-testid={testId} data-account-id={account?.id}>
        <Icon name="accounts" size={16} />
        <span className="account-picker-name">{account ? `${account.name}` : t('assortment.pickAccount')}</span>
        {account && <span className="muted">{account.code}</span>}
        <Icon name="chevron" size={14} />
      </button>
      {isOpen && (
        <div className="dropdown-menu account-picker-menu" role="listbox">
          <input
            autoFocus
            type="search"
            value={query}
            placeholder={t('assortment.searchAccount')}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && matches[0]) choose(matches[0].id)
            }}
            data-testid={`${testId}-search`}
          />
          <div className="account-picker-list">
            {matches.map((candidate) => (
              <button key={candidate.id} role="option" aria-selected={candidate.id === account?.id} onClick={() => choose(candidate.id)}>
                <span>{candidate.name}</span>
                <span className="muted">{candidate.code}</span>
              </button>
            ))}
            {matches.length === 0 && <p className="muted">{t('assortment.noMatchingAccount')}</p>}
          </div>
        </div>
      )}
    </div>
  )
}
