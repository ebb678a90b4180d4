import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { showToast } from '../../components/toast-store'
import { ApiError, api } from '../../lib/api'
import { readFileAsBase64 } from '../../lib/download'
import { MAX_COMPANY_NAME_LENGTH, MAX_LOGO_BYTES, type CompanySettings } from '../../shared/contract'

interface CompanySettingsDialogProps {
  onClose(): void
}

/** 公司信息: the name, accent colour and logo the Word proposal is printed with (set once, kept in the workspace). */
export function CompanySettingsDialog({ onClose }: CompanySettingsDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const [company, setCompany] = useState<CompanySettings | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [isSaving, setIsSaving] = useState(false)
  const nameRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    void api.settings.get({}).then((settings) => setCompany(settings.company))
  }, [])
  useEffect(() => {
    if (company) nameRef.current?.focus()
  }, [company === null]) // eslint-disable-line react-hooks/exhaustive-deps

  const chooseLogo = async (file: File | undefined) => {
    if (!file || !company) return
    if (file.type !== 'image/png') return setError(t('proposalDocument.company.notPng', { name: file.name }))
    if (file.size > MAX_LOGO_BYTES) return setError(t('proposalDocument.company.tooLarge', { name: file.name }))
    setError(null)
    // The size shown here is a placeholder: the core reads the real one from the PNG when it saves.
    setCompany({ ...company, logo: { pngBase64: await readFileAsBase64(file), widthPx: 0, heightPx: 0 } })
  }

  const save = async () => {
    if (!company) return
    setIsSaving(true)
    try {
      await api.settings.set({ key: 'company', value: { name: company.name, accentColour: company.accentColour, logoPngBase64: company.logo?.pngBase64 ?? null } })
      showToast('success', t('proposalDocument.company.saved'))
      onClose()
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught))
    } finally {
      setIsSaving(false)
    }
  }

  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div className="modal modal-small company-settings" role="dialog" aria-modal="true" aria-labelledby="company-settings-title" data-testid="company-settings">
        <h2 id="company-settings-title">{t('proposalDocument.company.title')}</h2>
        <p className="muted">{t('proposalDocument.company.intro')}</p>
        {company && (
          <form
            className="company-settings-form"
            onSubmit={(event) => {
              event.preventDefault()
              void save()
            }}
          >
            <label>
              <span>{t('proposalDocument.company.name')}</span>
              <input
                ref={nameRef}
                className="input"
                value={company.name}
                maxLength={MAX_COMPANY_NAME_LENGTH}
                placeholder={t('proposalDocument.company.namePlaceholder')}
                onChange={(event) => setCompany({ ...company, name: event.target.value })}
                data-testid="company-name"
              />
            </label>
            <label>
              <span>{t('proposalDocument.company.accentColour')}</span>
              <span className="company-colour">
                <input type="color" value={company.accentColour.toLowerCase()} onChange={(event) => setCompany({ ...company, accentColour: event.target.value.toUpperCase() })} data-testid="company-colour" />
                <code>{company.accentColour}</code>
              </span>
            </label>
            <div className="company-logo">
              <span>{t('proposalDocument.company.logo')}</span>
              <div className="company-logo-row">
                {company.logo ? <img src={`data:image/png;base64,${company.logo.pngBase64}`} alt={t('proposalDocument.company.logo')} /> : <span className="muted">{t('proposalDocument.company.noLogo')}</span>}
                <label className="button">
                  {t('proposalDocument.company.chooseLogo')}
                  <input type="file" accept="image/png" hidden onChange={(event) => void chooseLogo(event.target.files?.[0])} data-testid="company-logo-file" />
                </label>
                {company.logo && (
                  <button type="button" className="button" onClick={() => setCompany({ ...company, logo: null })}>
                    {t('proposalDocument.company.removeLogo')}
                  </button>
                )}
              </div>
              <small className="muted">{t('proposalDocument.company.logoHint')}</small>
            </div>
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
            <div className="modal-actions">
              <button type="button" className="button" onClick={onClose}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="button button-primary" disabled={isSaving} data-testid="company-save">
                {t('proposalDocument.company.save')}
              </button>
            </div>
          </form>
        )}
      </div>
    </div>
  )
}
