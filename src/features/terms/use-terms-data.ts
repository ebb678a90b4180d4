import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { TFunction } from 'i18next'
import { api, ApiError } from '../../lib/api'
import { showToast } from '../../components/toast-store'
import { errorMessage } from '../../grid/grid-errors'
import type { Account } from '../../shared/domain/accounts/account'
import type { Sku } from '../../shared/domain/catalogue/sku'
import type { ScenarioEconomics, StoredTermSheet, TermScenario, TermSheetYear, TermsEconomics, TermsSettingsValues } from '../../shared/contract/terms'
import { takeNavigationTarget } from '../../app/navigation-target'

/** The account last worked on here, remembered on this machine. */
const LAST_ACCOUNT_KEY = 'ka-workbench.terms.account'

function rememberedAccountId(): number | null {
  const stored = Number(localStorage.getItem(LAST_ACCOUNT_KEY))
  return Number.isSafeInteger(stored) && stored > 0 ? stored : null
}

export interface TermsData {
  accounts: Account[] | undefined
  skuById: Map<number, Sku>
  account: Account | null
  chooseAccount(id: number): void
  years: TermSheetYear[] | undefined
  year: number | null
  chooseYear(year: number): void
  /** Undefined while loading; null when the account has no sheet for the year. */
  sheet: StoredTermSheet | null | undefined
  economics: TermsEconomics | null
  settings: TermsSettingsValues | null
  setSettings(settings: TermsSettingsValues): void
  scenarios: TermScenario[]
  scenarioEconomics: Map<number, ScenarioEconomics>
  /** Reads the sheet again (after a promotion, an import, a new year): the grid gets new rows. */
  reloadSheet(): Promise<void>
  reloadYears(): Promise<void>
  /** After any write: the economics and the scenarios' figures again (the latest answer wins). */
  refreshFigures(): void
}

/** The accounts, the chosen account's contract years and sheet, its economics and scenarios. */
export function useTermsData(t: TFunction): TermsData {
  const [accounts, setAccounts] = useState<Account[] | undefined>(undefined)
  const [catalogue, setCatalogue] = useState<Sku[]>([])
  // A link from another page (the home page's terms warnings) names the account to open.
  const [accountId, setAccountId] = useState<number | null>(() => takeNavigationTarget()?.accountId ?? rememberedAccountId())
  const [years, setYears] = useState<TermSheetYear[] | undefined>(undefined)
  const [year, setYear] = useState<number | null>(null)
  const [sheet, setSheet] = useState<StoredTermSheet | null | undefined>(undefined)
  const [economics, setEconomics] = useState<TermsEconomics | null>(null)
  const [settings, setSettings] = useState<TermsSettingsValues | null>(null)
  const [scenarios, setScenarios] = useState<TermScenario[]>([])
  const [scenarioEconomics, setScenarioEconomics] = useState<Map<number, ScenarioEconomics>>(new Map())
  const fail = useCallback((error: unknown) => showToast('error', errorMessage(error, t)), [t])

  useEffect(() => {
    void Promise.all([api.accounts.list({}), api.catalogue.list({}), api.terms.settingsGet({})])
      .then(([accountList, skus, termsSettings]) => {
        setAccounts(accountList)
        setCatalogue(skus)
        setSettings(termsSettings)
        setAccountId((current) => (current !== null && accountList.some((account) => account.id === current) ? current : (accountList[0]?.id ?? null)))
      })
      .catch(fail)
  }, [fail])

  const account = useMemo(() => accounts?.find((candidate) => candidate.id === accountId) ?? null, [accounts, accountId])
  const skuById = useMemo(() => new Map(catalogue.map((sku) => [sku.id, sku])), [catalogue])

  const reloadYears = useCallback(async () => {
    if (accountId === null) return
    const list = await api.terms.sheets({ accountId })
    setYears(list)
    // The latest contract year first; a year already chosen stays chosen.
    setYear((current) => (current !== null ? current : (list[list.length - 1]?.year ?? new Date().getFullYear())))
  }, [accountId])

  useEffect(() => {
    setYears(undefined)
    setYear(null)
    setSheet(undefined)
    setEconomics(null)
    reloadYears().catch(fail)
  }, [reloadYears, fail])

  // Figures: one request at a time; a write during one asks for another after it.
  const figuresState = useRef<{ running: boolean; again: boolean }>({ running: false, again: false })
  const sheetRef = useRef<StoredTermSheet | null | undefined>(undefined)
  sheetRef.current = sheet
  const refreshFigures = useCallback(() => {
    const state = figuresState.current
    if (state.running) {
      state.again = true
      return
    }
    const current = sheetRef.current
    if (!current) return
    state.running = true
    // The sheet's own figures are shown as soon as they arrive; the scenarios' follow.
    const run = async () => {
      const scenarioList = api.terms.scenarios({ sheetId: current.id })
      // Awaited below; a failure of the economics first must not leave it unhandled.
      scenarioList.catch(() => undefined)
      const nextEconomics = await api.terms.economics({ accountId: current.accountId, year: current.year })
      if (sheetRef.current?.id !== current.id) return
      setEconomics(nextEconomics)
      const list = await scenarioList
      const computed = await Promise.all(list.map((scenario) => api.terms.scenarioEconomics({ scenarioId: scenario.id })))
      if (sheetRef.current?.id !== current.id) return
      setScenarios(list)
      setScenarioEconomics(new Map(computed.map((entry) => [entry.scenario.id, entry])))
    }
    run()
      .catch(fail)
      .finally(() => {
        state.running = false
        if (state.again) {
          state.again = false
          refreshFigures()
        }
      })
  }, [fail])

  const loadSheet = useCallback(async () => {
    if (accountId === null || year === null) return
    try {
      const loaded = await api.terms.get({ accountId, year })
      sheetRef.current = loaded
      setSheet(loaded)
      refreshFigures()
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not-found') {
        setSheet(null)
        setEconomics(null)
        setScenarios([])
        setScenarioEconomics(new Map())
      } else fail(error)
    }
  }, [accountId, year, refreshFigures, fail])

  useEffect(() => {
    setSheet(undefined)
    setEconomics(null)
    void loadSheet()
  }, [loadSheet])

  const chooseAccount = useCallback((id: number) => {
    localStorage.setItem(LAST_ACCOUNT_KEY, String(id))
    setAccountId(id)
  }, [])

  return {
    accounts,
    skuById,
    account,
    chooseAccount,
    years,
    year,
    chooseYear: setYear,
    sheet,
    economics,
    settings,
    setSettings,
    scenarios,
    scenarioEconomics,
    reloadSheet: loadSheet,
    reloadYears,
    refreshFigures
  }
}
