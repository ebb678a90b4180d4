/**
 * Which accounts are compared once the year's choices (the accounts with a term sheet that year)
 * arrive again — after a sheet is created elsewhere, or the language changes. A new year takes
 * every account with a sheet. In the same year the user's choice stays, except that a user who
 * had every account with a sheet ticked (the default, "all accounts with terms") keeps having
 * them all: a sheet created since joins. The same array comes back when nothing changes, so the
 * comparison is not asked for again.
 */
export function chosenAfterChoices(previous: { chosen: number[] | null; withSheet: ReadonlySet<number> }, accountIds: readonly number[], max: number): number[] {
  const all = accountIds.slice(0, max)
  const { chosen, withSheet } = previous
  if (chosen === null) return all
  const wasAllChosen = chosen.length === Math.min(withSheet.size, max) && chosen.every((id) => withSheet.has(id))
  if (!wasAllChosen) return chosen
  const isSame = all.length === chosen.length && all.every((id, index) => id === chosen[index])
  return isSame ? chosen : all
}
