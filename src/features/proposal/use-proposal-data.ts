import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { takeNavigationTarget } from '../../app/navigation-target'
import type { TFunction } from 'i18next'
import { api, ApiError, onWorkspaceChange } from '../../lib/api'
import { showToast } from '../../components/toast-store'
import { errorMessage } from '../../grid/grid-errors'
import type { Account } from '../../shared/domain/accounts/account'
import type { ProposalDetail, ProposalSummary } from '../../shared/contract/proposal'

/** The account last planned, remembered on this machine. */
const LAST_ACCOUNT_KEY = 'ka-workbench.proposal.account'

function rememberedAccountId(): number | null {
  const stored = Number(localStorage.getItem(LAST_ACCOUNT_KEY))
  return Number.isSafeInteger(stored) && stored > 0 ? stored : null
}

export interface ProposalData {
  accounts: Account[] | undefined
  account: Account | null
  chooseAccount(id: number): void
  /** The account's proposals; undefined while they load. */
  proposals: ProposalSummary[] | undefined
  /** The proposal open now (the account's first), undefined while it loads, null when the account has none. */
  detail: ProposalDetail | null | undefined
  /** Reads the open proposal again (every figure, the checklist and the conflicts follow any change). */
  reload(): Promise<ProposalDetail | null>
  createProposal(name: string): Promise<void>
}

/** The accounts, the chosen account's proposal and its detail (every figure computed by the service). */
export function useProposalData(t: TFunction): ProposalData {
  const [accounts, setAccounts] = useState<Account[] | undefined>(undefined)
  const [accountId, setAccountId] = useState<number | null>(() => takeNavigationTarget()?.accountId ?? rememberedAccountId())
  const [proposals, setProposals] = useState<ProposalSummary[] | undefined>(undefined)
  const [detail, setDetail] = useState<ProposalDetail | null | undefined>(undefined)
  const proposalIdRef = useRef<number | null>(null)
  const accountIdRef = useRef(accountId)
  accountIdRef.current = accountId
  // Set once `open` exists: what to do when the open proposal turns out to be gone.
  const proposalGoneRef = useRef<(proposalId: number) => void>(() => undefined)
  const fail = useCallback((error: unknown) => showToast('error', errorMessage(error, t)), [t])

  useEffect(() => {
    api.accounts.list({}).then((list) => {
      setAccounts(list)
      setAccountId((current) => (current !== null && list.some((account) => account.id === current) ? current : (list[0]?.id ?? null)))
    }, fail)
  }, [fail])

  const account = useMemo(() => accounts?.find((candidate) => candidate.id === accountId) ?? null, [accounts, accountId])

  const reload = useCallback(async (): Promise<ProposalDetail | null> => {
    const proposalId = proposalIdRef.current
    if (proposalId === null) return null
    try {
      const next = await api.proposal.get({ proposalId })
      // Another account chosen meanwhile: this answer is not the page's any more.
      if (proposalIdRef.current !== proposalId) return null
      setDetail(next)
      return next
    } catch (error) {
      // Deleted between the change event and this read (or before the event arrived): not an error here.
      if (error instanceof ApiError && error.code === 'not-found' && proposalIdRef.current === proposalId) proposalGoneRef.current(proposalId)
      else fail(error)
      return null
    }
  }, [fail])

  const open = useCallback(
    async (forAccountId: number) => {
      setProposals(undefined)
      setDetail(undefined)
      proposalIdRef.current = null
      try {
        const list = await api.proposal.list({ accountId: forAccountId })
        setProposals(list)
        const first = list[0]
        if (!first) {
          setDetail(null)
          return
        }
        proposalIdRef.current = first.proposal.id
        await reload()
      } catch (error) {
        fail(error)
        setDetail(null)
      }
    },
    [reload, fail]
  )

  /**
   * The open proposal was deleted in another window (or through the API): say so once and open
   * the account's next proposal, or the offer to create one, instead of failing on every read.
   */
  const proposalGone = useCallback(
    (proposalId: number) => {
      if (proposalIdRef.current !== proposalId) return
      proposalIdRef.current = null
      showToast('info', t('proposal.page.deletedElsewhere'))
      const forAccountId = accountIdRef.current
      if (forAccountId === null) setDetail(null)
      else void open(forAccountId)
    },
    [t, open]
  )
  proposalGoneRef.current = proposalGone

  useEffect(() => {
    if (accountId === null) return
    localStorage.setItem(LAST_ACCOUNT_KEY, String(accountId))
    void open(accountId)
  }, [accountId, open])

  // Another window changed this proposal, or a proposal whose clauses may collide with this one's
  // (a conflict shows on both sides): read it again. Changes that arrive together read it once.
  const detailRef = useRef(detail)
  detailRef.current = detail
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const unsubscribe = onWorkspaceChange((change) => {
      if (change.entity !== 'proposals') return
      const proposalId = proposalIdRef.current
      if (proposalId === null) return
      if (change.deleted.includes(proposalId)) {
        if (timer) clearTimeout(timer)
        proposalGone(proposalId)
        return
      }
      const ids = [...change.changed, ...change.created]
      const hasClauses = (detailRef.current?.clauses.length ?? 0) > 0
      if (!ids.includes(proposalId) && !hasClauses) return
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => void reload(), 120)
    })
    return () => {
      if (timer) clearTimeout(timer)
      unsubscribe()
    }
  }, [reload, proposalGone])

  const createProposal = useCallback(
    async (name: string) => {
      if (accountId === null) return
      try {
        await api.proposal.create({ accountId, name })
        await open(accountId)
      } catch (error) {
        fail(error)
      }
    },
    [accountId, open, fail]
  )

  return { accounts, account, chooseAccount: setAccountId, proposals, detail, reload, createProposal }
}
