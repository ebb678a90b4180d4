/**
 * Next steps 下一步行动 on accounts, opportunities and stakeholders: which are overdue, due today
 * or coming up, given today (an input, so a list is the same on screen and in a printed sheet).
 */
import { daysBetween, type IsoDate } from './dates'

export interface Activity {
  id: string
  /** What to do, in the manager's words. */
  title: string
  dueOn: IsoDate
  /** Set once done; done steps never show as due. */
  doneOn?: IsoDate | null
  opportunityId?: string
  stakeholderId?: string
  ownerName?: string
}

export type ActivityUrgency = 'overdue' | 'due_today' | 'upcoming'

export interface DueActivity {
  activity: Activity
  urgency: ActivityUrgency
  /** Days from today to the due date: negative when overdue (−3 = three days late). */
  daysUntilDue: number
}

/** A week ahead: what a KA manager plans their visits over. */
export const DEFAULT_UPCOMING_DAYS = 7

/**
 * Open steps that are overdue, due today, or due within `upcomingDays` after today, sorted by due
 * date (the most overdue first), then by title and id so the order is stable. Steps with a due date
 * that is not a real date are left out (the editor refuses them; old data may have them).
 */
export function dueActivities(activities: readonly Activity[], today: IsoDate, upcomingDays = DEFAULT_UPCOMING_DAYS): DueActivity[] {
  const due: DueActivity[] = []
  for (const activity of activities) {
    if (activity.doneOn) continue
    const daysUntilDue = daysBetween(today, activity.dueOn)
    if (daysUntilDue === null || daysUntilDue > upcomingDays) continue
    const urgency: ActivityUrgency = daysUntilDue < 0 ? 'overdue' : daysUntilDue === 0 ? 'due_today' : 'upcoming'
    due.push({ activity, urgency, daysUntilDue })
  }
  return due.sort(
    (a, b) =>
      a.daysUntilDue - b.daysUntilDue || a.activity.title.localeCompare(b.activity.title) || a.activity.id.localeCompare(b.activity.id)
  )
}
