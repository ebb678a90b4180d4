import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import type { ProposalDetail } from '../../shared/contract/proposal'
import type { ProposalVersionDiff } from '../../shared/domain/proposal'
import { api } from '../../lib/api'
import { showToast } from '../../components/toast-store'
import { errorMessage } from '../../grid/grid-errors'
import { VersionDiffView, type DiffItemKind } from './VersionDiffView'
import { clauseName, type ProposalNames } from './proposal-text'

interface VersionsTabProps {
  detail: ProposalDetail
  language: Language
  reload(): Promise<ProposalDetail | null>
  names: ProposalNames
}

const CURRENT = 'current'

/** 版本: save the proposal as a named, read-only version; compare any two (or one with the proposal as it is now). */
export function VersionsTab({ detail, language, reload, names }: VersionsTabProps): React.JSX.Element {
  const { t } = useTranslation()
  const versions = detail.versions
  const nextNumber = versions.length + 1
  const [name, setName] = useState('')
  const [fromId, setFromId] = useState<string>('')
  const [toId, setToId] = useState<string>(CURRENT)
  const [diff, setDiff] = useState<ProposalVersionDiff | null>(null)
  const [isBusy, setBusy] = useState(false)

  // The earliest against the proposal now, until the person picks others.
  useEffect(() => {
    if (fromId === '' && versions[0]) setFromId(String(versions[0].id))
  }, [versions, fromId])

  const save = async () => {
    const versionName = name.trim() || t('proposal.page.version.defaultName', { version: nextNumber })
    setBusy(true)
    try {
      const saved = await api.proposal.versionSave({ proposalId: detail.proposal.id, name: versionName })
      setName('')
      await reload()
      showToast('success', t('proposal.page.version.saved', { version: saved.version, name: saved.name }))
    } catch (error) {
      showToast('error', errorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }
  const compare = async () => {
    if (fromId === '') return
    try {
      setDiff(await api.proposal.versionCompare({ fromVersionId: Number(fromId), to: toId === CURRENT ? CURRENT : Number(toId) }))
    } catch (error) {
      showToast('error', errorMessage(error, t))
    }
  }

  const skuNames = useMemo(() => new Map(detail.skus.map((sku) => [sku.skuCode, sku.name])), [detail.skus])
  const itemName = (kind: DiffItemKind, id: string): string => {
    if (kind === 'events') return detail.promotions.find((view) => String(view.promotion.id) === id)?.promotion.name ?? `#${id}`
    if (kind === 'concessions') return detail.concessions.find((concession) => String(concession.id) === id)?.give.description ?? `#${id}`
    const clause = detail.clauses.find((candidate) => String(candidate.id) === id)
    return clause ? clauseName(clause, t, names) : `#${id}`
  }

  return (
    <div className="proposal-tab-panel" data-testid="proposal-tab-versions">
      <div className="toolbar">
        <label className="proposal-inline-field">
          <span>{t('proposal.page.version.name')}</span>
          <input value={name} onChange={(event) => setName(event.target.value)} placeholder={t('proposal.page.version.defaultName', { version: nextNumber })} data-testid="version-name" />
        </label>
        <button className="button button-primary" onClick={() => void save()} disabled={isBusy} data-testid="version-save">
          {t('proposal.page.version.save')}
        </button>
        <span className="muted">{t('proposal.page.version.readOnly')}</span>
      </div>
      <section className="proposal-card">
        <h3>{t('proposal.page.version.list')}</h3>
        {versions.length === 0 ? (
          <p className="muted">{t('proposal.page.version.none')}</p>
        ) : (
          <table className="proposal-table" data-testid="version-list">
            <thead>
              <tr>
                <th>{t('proposal.page.version.version')}</th>
                <th>{t('proposal.page.version.name')}</th>
                <th>{t('proposal.page.version.savedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.id}>
                  <td>v{version.version}</td>
                  <td>{version.name}</td>
                  <td>{version.savedOn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {versions.length > 0 && (
        <div className="toolbar">
          <label className="proposal-inline-field">
            <span>{t('proposal.page.version.from')}</span>
            <select value={fromId} onChange={(event) => setFromId(event.target.value)} data-testid="version-from">
              {versions.map((version) => (
                <option key={version.id} value={version.id}>
                  v{version.version} {version.name}
                </option>
              ))}
            </select>
          </label>
          <label className="proposal-inline-field">
            <span>{t('proposal.page.version.to')}</span>
            <select value={toId} onChange={(event) => setToId(event.target.value)} data-testid="version-to">
              <option value={CURRENT}>{t('proposal.page.version.current')}</option>
              {versions.map((version) => (
                <option key={version.id} value={version.id}>
                  v{version.version} {version.name}
                </option>
              ))}
            </select>
          </label>
          <button className="button" onClick={() => void compare()} data-testid="version-compare">
            {t('proposal.page.version.compare')}
          </button>
        </div>
      )}
      {diff && (
        <div className="proposal-card">
          <VersionDiffView diff={diff} language={language} skuName={(code) => skuNames.get(code) ?? code} itemName={itemName} />
        </div>
      )}
    </div>
  )
}
