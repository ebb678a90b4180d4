import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import type { DepartmentValue } from '../../shared/domain/proposal'
import { formatMessageParams, type ProposalNames } from './proposal-text'

interface DepartmentValueCardsProps {
  departments: readonly DepartmentValue[]
  language: Language
  names: ProposalNames
}

/** 部门价值: one card per retailer department, saying what this proposal gives it in its own terms. */
export function DepartmentValueCards({ departments, language, names }: DepartmentValueCardsProps): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="department-cards" data-testid="department-cards">
      {departments.map((department) => (
        <article key={department.department} className="department-card" data-department={department.department}>
          <h4>{t(`proposal.department.name.${department.department}`)}</h4>
          {department.items.length === 0 ? (
            <p className="muted">{t('proposal.page.departmentEmpty')}</p>
          ) : (
            <ul>
              {department.items.map((item) => {
                return <li key={item.code}>{t(`proposal.department.item.${item.code}`, formatMessageParams(item.params, language, t, names))}</li>
              })}
            </ul>
          )}
        </article>
      ))}
    </div>
  )
}
