/**
 * The regional-protection conflict check as the planner asks for it (proposal:conflicts): every
 * clause of every live account's proposals read from SQLite, checked by findProtectionConflicts,
 * and each conflict named (accounts, proposals, SKUs, territory) for both sides. 200 accounts with
 * one proposal of 20 clauses each, the same seeded clauses as the domain row; the rows are written
 * once outside the timing, straight into the tables (the clauses are generated, not typed).
 */
import { openWorkbench } from '../../../electron/core/workbench'
import { protectionConflicts as checkConflicts } from '../../../electron/core/proposal/proposal-service'
import { proposalRepositoryOf } from '../../../electron/core/proposal/proposal-repository'
import { RESOURCES_DIR } from '../lib/workspace'
import { describeSamples, median } from '../lib/stats'
import type { Benchmark } from '../types'
import { protectionClauses, TIMED_RUNS, WARM_UP_RUNS } from './domain-modules'

const SKUS = 300

export const proposalConflicts: Benchmark = {
  name: 'conflict check across 200 accounts × 20 clauses, end to end through the service (proposal:conflicts)',
  unit: 'ms',
  target: 50,
  async run(context) {
    const workbench = openWorkbench({ dataDir: context.tempDir('proposal-conflicts'), resourcesDir: RESOURCES_DIR, mode: 'web', version: 'bench' })
    context.onCleanup(() => workbench.close())
    const { db } = workbench.context
    const clauses = protectionClauses()
    const proposalByAccount = new Map<string, number>()
    db.transaction(() => {
      const insertSku = db.prepare(`INSERT INTO skus (code, name, list_supply_price_fen, status, created_at, updated_at) VALUES (?, ?, 1000, 'active', 'x', 'x')`)
      for (let sku = 1; sku <= SKUS; sku += 1) insertSku.run(`SKU-${sku}`, `产品 ${sku}`)
      const insertAccount = db.prepare(`INSERT INTO accounts (code, name, format, created_at, updated_at) VALUES (?, ?, 'hypermarket', 'x', 'x')`)
      const repository = proposalRepositoryOf(db)
      for (const clause of clauses) {
        let proposalId = proposalByAccount.get(clause.accountId)
        if (proposalId === undefined) {
          const number = clause.accountId.replace('account-', '')
          const accountId = Number(insertAccount.run(`KA-${number.padStart(4, '0')}`, `客户 ${number}`).lastInsertRowid)
          proposalId = repository.insertProposal(
            { accountId, name: '进场方案', year: 2027, marginTargetPpm: null, notes: '', sellThroughTargetPpm: null, newItemStockDays: null, resolvedConflictKeys: [] },
            'x'
          )
          proposalByAccount.set(clause.accountId, proposalId)
        }
        repository.insertClause({
          proposalId,
          // SKU-n is the n-th SKU inserted above, so its id is n.
          skuIds: clause.skus === 'all' ? 'all' : [...new Set(clause.skus.map((code) => Number(code.replace('SKU-', ''))))],
          territoryCode: clause.territoryCode.replace(/0000$|00$/, ''),
          type: clause.type,
          startDate: clause.startDate,
          endDate: clause.endDate,
          minimumPurchaseFen: clause.conditions.minimumPurchaseFen,
          sellThroughRatePpm: null,
          consequence: clause.consequence,
          consequenceText: ''
        })
      }
    })()
    // The first check reads and checks every clause; later ones answer from the kept report
    // until a clause, proposal, account or SKU is written.
    const firstStarted = performance.now()
    const firstCpu = process.cpuUsage()
    const report = checkConflicts(workbench.context, null)
    const firstCpuUsed = process.cpuUsage(firstCpu)
    context.note(`first check (nothing kept yet): ${(performance.now() - firstStarted).toFixed(1)} ms, CPU ${((firstCpuUsed.user + firstCpuUsed.system) / 1000).toFixed(1)} ms`)
    context.note(`${clauses.length} clauses in ${proposalByAccount.size} proposals: ${report.conflicts.length} conflict sides named, ${report.invalidClauses.length} invalid`)
    for (let run = 0; run < WARM_UP_RUNS; run += 1) checkConflicts(workbench.context, null)
    const samples: number[] = []
    const cpuSamples: number[] = []
    for (let run = 0; run < TIMED_RUNS; run += 1) {
      const started = performance.now()
      const cpuStarted = process.cpuUsage()
      checkConflicts(workbench.context, null)
      const cpu = process.cpuUsage(cpuStarted)
      samples.push(performance.now() - started)
      cpuSamples.push((cpu.user + cpu.system) / 1000)
    }
    context.samples(samples)
    context.note(`samples: ${describeSamples(samples)}`)
    // On a shared machine the wall clock also counts the time other processes held the cores.
    context.note(`CPU time of this process per check (median): ${median(cpuSamples).toFixed(1)} ms`)
    return median(samples)
  }
}
