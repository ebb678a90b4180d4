/**
 * Entry-proposal use cases 进场方案 (skeleton: the contract is fixed, the bodies follow).
 */
import type { WorkbenchContext } from '../context'
import type {
  ActivityInput,
  ClauseInput,
  ConcessionInput,
  PromotionInput,
  ProposalConflictReport,
  ProposalDetail,
  ProposalPatch,
  ProposalSummary,
  ProposalVersion,
  ProposalVersionSummary,
  StoredActivity,
  StoredClause,
  StoredConcession,
  StoredPromotion,
  StoredProposal,
  Upserted
} from '../../../src/shared/contract/proposal'
import type { DepartmentValue, ProposalVersionDiff, Readiness } from '../../../src/shared/domain/proposal'
import { AppFailure } from '../../../src/shared/result'

const notYet = (): never => {
  throw new AppFailure('not-implemented', 'not implemented yet')
}

export const listProposals = (_context: WorkbenchContext, _accountId: number | null): ProposalSummary[] => notYet()
export const getProposal = (_context: WorkbenchContext, _proposalId: number): ProposalDetail => notYet()
export const createProposal = (_context: WorkbenchContext, _accountId: number, _name: string, _year: number | null): StoredProposal => notYet()
export const updateProposal = (_context: WorkbenchContext, _proposalId: number, _patch: ProposalPatch): { proposal: StoredProposal; previous: StoredProposal } => notYet()
export const deleteProposal = (_context: WorkbenchContext, _proposalId: number): StoredProposal => notYet()
export const upsertConcession = (_context: WorkbenchContext, _input: ConcessionInput): Upserted<StoredConcession> => notYet()
export const removeConcession = (_context: WorkbenchContext, _id: number): StoredConcession => notYet()
export const upsertClause = (_context: WorkbenchContext, _input: ClauseInput): Upserted<StoredClause> => notYet()
export const removeClause = (_context: WorkbenchContext, _id: number): StoredClause => notYet()
export const protectionConflicts = (_context: WorkbenchContext, _accountId: number | null): ProposalConflictReport => notYet()
export const upsertPromotion = (_context: WorkbenchContext, _input: PromotionInput): Upserted<StoredPromotion> => notYet()
export const removePromotion = (_context: WorkbenchContext, _id: number): StoredPromotion => notYet()
export const upsertActivity = (_context: WorkbenchContext, _input: ActivityInput): Upserted<StoredActivity> => notYet()
export const removeActivity = (_context: WorkbenchContext, _id: number): StoredActivity => notYet()
export const readiness = (_context: WorkbenchContext, _proposalId: number): Readiness => notYet()
export const departmentValueOf = (_context: WorkbenchContext, _proposalId: number): DepartmentValue[] => notYet()
export const saveVersion = (_context: WorkbenchContext, _proposalId: number, _name: string): ProposalVersionSummary => notYet()
export const listVersions = (_context: WorkbenchContext, _proposalId: number): ProposalVersionSummary[] => notYet()
export const getVersion = (_context: WorkbenchContext, _versionId: number): ProposalVersion => notYet()
export const compareVersions = (_context: WorkbenchContext, _fromVersionId: number, _to: number | 'current'): ProposalVersionDiff => notYet()
