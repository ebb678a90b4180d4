/** The pipeline capability's pure domain: relationships, talk cards, funnel, health, negotiation, next steps. */
export * from './dates'
export * from './relationships'
export * from './talk-card'
export * from './funnel'
export * from './pipeline-health'
export * from './negotiation'
export * from './activities'
