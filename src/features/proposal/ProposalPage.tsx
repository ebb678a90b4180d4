export function ProposalPage(_props: { language: string }): React.JSX.Element {
  return <section />
}
