import type { StoredTermLine, TermLineValue, TermScenario } from '../../shared/contract/terms'

/** The scenario's value of a line: its own, or the offer's for a line added after the scenario. */
export function scenarioValueOf(scenario: TermScenario, line: StoredTermLine): TermLineValue | null {
  const own = scenario.values.find((entry) => entry.lineId === line.id)
  return own ? own.value : (line.values.offer as TermLineValue | null)
}

/** The line's key as the domain compares lines (its kind, or a custom line's name). */
export const lineKeyOf = (line: StoredTermLine): string => (line.kind === 'customFixed' || line.kind === 'customPercentage' ? `${line.kind}:${line.name ?? ''}` : line.kind)
