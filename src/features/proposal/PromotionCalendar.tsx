import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { promotionCalendar, type PromotionEvent } from '../../shared/domain/proposal'

interface PromotionCalendarProps {
  events: readonly PromotionEvent[]
  /** Called with an event id when its bar or an overlap naming it is clicked (the grid selects the row). */
  onShowEvent?: (eventId: string) => void
}

const NAME_COLUMN_PX = 180

/**
 * The plan on a calendar: ISO weeks across, one row per event, each event a bar over the weeks it
 * touches. Bars of events that promote the same SKU on the same days are marked, and the overlaps
 * are listed with the SKU and the shared days (the domain's promotionCalendar finds them).
 */
export function PromotionCalendar({ events, onShowEvent }: PromotionCalendarProps): React.JSX.Element {
  const { t } = useTranslation()
  const calendar = useMemo(() => promotionCalendar(events), [events])
  const eventById = useMemo(() => new Map(events.map((event) => [event.id, event])), [events])
  const overlappingIds = useMemo(() => new Set(calendar.overlaps.flatMap((overlap) => overlap.eventIds)), [calendar])
  const nameOf = (eventId: string) => eventById.get(eventId)?.name ?? eventId

  if (calendar.weeks.length === 0) {
    return (
      <section className="promotion-calendar" data-testid="promotion-calendar">
        <h3>{t('proposal.calendar.title')}</h3>
        <p className="muted">{t('proposal.calendar.empty')}</p>
      </section>
    )
  }
  const columns = `${NAME_COLUMN_PX}px repeat(${calendar.weeks.length}, minmax(34px, 1fr))`
  return (
    <section className="promotion-calendar" data-testid="promotion-calendar">
      <h3>{t('proposal.calendar.title')}</h3>
      <div className="calendar-scroll">
        <div className="calendar-grid" style={{ gridTemplateColumns: columns }} role="table">
          <div className="calendar-corner" role="columnheader" />
          {calendar.weeks.map((week) => (
            <div key={week.key} className="calendar-week" role="columnheader" title={`${week.startDate} – ${week.endDate}`}>
              <span>{t('proposal.promotion.calendar.week', { week: week.week })}</span>
              <span className="calendar-week-date">{week.startDate.slice(5)}</span>
            </div>
          ))}
          {calendar.bars.map((bar, row) => {
            const hasOverlap = overlappingIds.has(bar.eventId)
            return (
              <div key={bar.eventId} className="calendar-row" role="row" style={{ display: 'contents' }}>
                <div className="calendar-event-name" role="rowheader" style={{ gridRow: row + 2 }} title={nameOf(bar.eventId)}>
                  {nameOf(bar.eventId)}
                </div>
                {calendar.weeks.map((week, index) => (
                  <div key={week.key} className="calendar-cell" style={{ gridRow: row + 2, gridColumn: index + 2 }} />
                ))}
                <button
                  className={`calendar-bar calendar-bar-${bar.kind} ${hasOverlap ? 'calendar-bar-overlap' : ''}`}
                  style={{ gridRow: row + 2, gridColumn: `${bar.firstWeekIndex + 2} / ${bar.lastWeekIndex + 3}` }}
                  title={`${nameOf(bar.eventId)} · ${t(`proposal.promotionKind.${bar.kind}`)} · ${bar.startDate} – ${bar.endDate}`}
                  onClick={() => onShowEvent?.(bar.eventId)}
                  data-testid={`calendar-bar-${bar.eventId}`}
                  data-overlap={hasOverlap ? 'true' : undefined}
                >
                  {t(`proposal.promotionKind.${bar.kind}`)} · {bar.startDate.slice(5)} – {bar.endDate.slice(5)}
                </button>
              </div>
            )
          })}
        </div>
      </div>
      {calendar.invalidEventIds.length > 0 && <p className="muted">{t('proposal.calendar.invalid', { count: calendar.invalidEventIds.length })}</p>}
      <div className="calendar-overlaps" data-testid="promotion-overlaps">
        <h4>{t('proposal.calendar.overlapsTitle')}</h4>
        {calendar.overlaps.length === 0 ? (
          <p className="muted">{t('proposal.calendar.noOverlaps')}</p>
        ) : (
          <ul>
            {calendar.overlaps.map((overlap) => (
              <li key={`${overlap.skuCode}:${overlap.eventIds.join('|')}`}>
                <button className="link-button" onClick={() => onShowEvent?.(overlap.eventIds[1])}>
                  {t('proposal.readiness.code.promotion_overlap', {
                    skuCode: overlap.skuCode,
                    eventName: nameOf(overlap.eventIds[0]),
                    otherEventName: nameOf(overlap.eventIds[1]),
                    startDate: overlap.startDate,
                    endDate: overlap.endDate
                  })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
