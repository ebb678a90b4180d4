/**
 * Abuse of the API: every channel of the handler table gets generated garbage (wrong types, huge
 * strings and numbers, __proto__ keys, NaN, nested arrays, near-valid objects with bad values),
 * through `dispatch` and through the loopback HTTP host. Each call must answer a Result (an error
 * code when refused), never throw nor answer HTTP 500, and a refused call must leave every table
 * as it was. A new channel joins this test by being in the table.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import type * as z from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handlers } from '../../electron/core/handlers'
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../electron/core/web-host/server'
import { CHANNELS, type Channel } from '../../src/shared/channels'
import { contract } from '../../src/shared/contract'
import { EDITABLE_ACCOUNT_FIELDS } from '../../src/shared/domain/accounts/account'
import type { Db } from '../../electron/core/db/connection'
import os from 'node:os'
import { openWorkbench, type Workbench } from '../../electron/core/workbench'
import { RESOURCES_DIR } from '../helpers/workbench'

const RUNS_PER_CHANNEL = 40

/** A digest of every row of every table: equal digests mean nothing was written. */
function workspaceChecksum(db: Db): string {
  const hash = crypto.createHash('sha256')
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]
  for (const { name } of tables) {
    hash.update(name)
    for (const row of db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}" ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row))
  }
  return hash.digest('hex')
}

/** The top-level keys a channel's schema knows, so some garbage gets past the outer shape. */
function knownKeys(channel: Channel): string[] {
  const schema = contract[channel].input as z.ZodType & { shape?: Record<string, unknown>; options?: { shape?: Record<string, unknown> }[] }
  const keys = new Set<string>(Object.keys(schema.shape ?? {}))
  for (const option of schema.options ?? []) for (const key of Object.keys(option.shape ?? {})) keys.add(key)
  return [...keys]
}

const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    1e308,
    -1e308,
    '',
    'x'.repeat(100_001),
    '__proto__',
    'constructor',
    '=cmd|"/c calc"!A1',
    '1e999',
    '12,34',
    null,
    true,
    'accounts',
    'gridLayout',
    'language',
    'demo',
    'csv'
  ),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.integer({ min: -5, max: 2_000_000 }), { maxLength: 5 }),
  fc.constant(JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"polluted": 1}}}') as unknown),
  fc.letrec((tie) => ({ nested: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.array(tie('nested'), { maxLength: 3 })) })).nested
)

/** Shapes the services parse further: ids that exist in the demo workspace, patches of real fields with bad cells. */
const accountIdLike = fc.integer({ min: -1, max: 25 })
const cellLike = fc.oneof(nastyValue, fc.constantFrom('1.2亿', '-5', '12,34', '药店', '百货', '朝阳区', '火星', 'x', '√', 'KA-0001', 'ka-0002', ' '))
const patchLike = fc.dictionary(fc.constantFrom(...EDITABLE_ACCOUNT_FIELDS), cellLike, { maxKeys: 4 })
const serviceShaped: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ id: accountIdLike, patch: patchLike }),
  fc.record({ updates: fc.array(fc.record({ id: accountIdLike, patch: patchLike }), { maxLength: 3 }), creates: fc.array(patchLike, { maxLength: 2 }) }),
  fc.record({ values: patchLike }),
  fc.record({ ids: fc.array(accountIdLike, { maxLength: 4 }) }),
  fc.record({ fileName: fc.constantFrom('a.csv', 'a.xlsx', 'a.xls', 'a'), dataBase64: fc.base64String({ maxLength: 200 }), mapping: fc.array(fc.constantFrom(null, ...EDITABLE_ACCOUNT_FIELDS), { maxLength: 5 }) }),
  // Entry proposals: ids of the demo's proposals, parts and versions, near-valid parts with bad values.
  fc.record({ proposalId: accountIdLike, patch: fc.dictionary(fc.constantFrom('name', 'year', 'marginTargetPpm', 'notes', 'resolvedConflictKeys'), cellLike, { maxKeys: 3 }) }),
  fc.record({ fromVersionId: accountIdLike, to: fc.oneof(accountIdLike, fc.constant('current')) }),
  fc.record(
    {
      proposalId: accountIdLike,
      id: accountIdLike,
      skuIds: fc.oneof(fc.constant('all'), fc.array(accountIdLike, { maxLength: 3 })),
      territoryCode: fc.constantFrom('31', '310000', '990000', '3100', '440305', '4403', 'x'),
      type: fc.constantFrom('exclusive', 'price_protection', 'both'),
      startDate: fc.constantFrom('2026-01-01', '2026-02-30', '2027-12-31', 'tomorrow'),
      endDate: fc.constantFrom('2026-12-31', '2025-01-01', '2026-13-01'),
      minimumPurchaseFen: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 1e12 })),
      sellThroughRatePpm: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 2_000_000 })),
      consequence: fc.constantFrom('protection_lapses', 'penalty', 'nothing')
    },
    { requiredKeys: ['proposalId', 'skuIds', 'territoryCode', 'type', 'startDate', 'endDate', 'minimumPurchaseFen', 'sellThroughRatePpm', 'consequence'] }
  ),
  // Edits in place: a clause's SKUs, an event's SKU lines (real ids, SKUs twice, bad figures).
  fc.record({ clauseId: accountIdLike, skuIds: fc.oneof(fc.constant('all'), fc.array(accountIdLike, { maxLength: 3 })) }),
  fc.record({
    promotionId: accountIdLike,
    skus: fc.array(
      fc.record({
        skuId: accountIdLike,
        baselineUnitsPerStoreWeek: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 2_000_000_000 })),
        promoRetailPriceFen: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 1e12 })),
        supplierFundingPerUnitFen: fc.integer({ min: -5, max: 1e12 })
      }),
      { maxLength: 3 }
    )
  }),
  // The Word export: real proposal ids with a language or money unit it does not write (亿元, a bare code).
  fc.record({ proposalId: accountIdLike, language: fc.constantFrom('zh-CN', 'en-US', 'zh', 'fr-FR'), moneyUnit: fc.constantFrom('yi', 'WAN', null, 'fen') }),
  // A deleted scenario sent back: real-ish sheet and line ids, values that may not fit their lines
  // (a refused restore must leave no half scenario).
  fc.record({
    scenario: fc.record({
      id: accountIdLike,
      sheetId: accountIdLike,
      name: fc.constantFrom('让步方案', ' ', 'x'.repeat(101)),
      payment: fc.constantFrom(null, { mode: 'invoice', days: 30, inventoryDays: null }, { mode: 'monthly', days: -1, inventoryDays: null }),
      values: fc.array(
        fc.record({ lineId: fc.integer({ min: -1, max: 80 }), value: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 2_000_000 }), fc.constant({ unitFen: 100, count: 1 })) }),
        { maxLength: 4 }
      ),
      updatedAt: fc.constant('2026-01-01T00:00:00.000Z')
    })
  }),
  // The comparison's channels: real accounts and year, with units, sides and languages that may not exist.
  fc.record({
    accountIds: fc.array(accountIdLike, { maxLength: 4 }),
    year: fc.constantFrom(2026, 1999, 2026.5),
    side: fc.constantFrom('offer', 'agreed', 'mine'),
    isPerHundredYuan: fc.boolean(),
    moneyUnit: fc.constantFrom('yuan', 'wan', 'yi', 'usd'),
    language: fc.constantFrom('zh-CN', 'en-US', 'fr')
  })
)

function garbageFor(channel: Channel): fc.Arbitrary<unknown> {
  const keys = [...knownKeys(channel), '__proto__', 'constructor', 'extra']
  const nearValid = fc.dictionary(fc.constantFrom(...keys), nastyValue, { maxKeys: 4 }).map((entries) => {
    // Build with defineProperty so a "__proto__" key is an own key, as JSON.parse makes it.
    const input: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(entries)) Object.defineProperty(input, key, { value, enumerable: true, writable: true, configurable: true })
    return input
  })
  return fc.oneof(nastyValue, nearValid, serviceShaped, fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: false }))
}

// One workspace for the whole file (the helpers close theirs after each test).
let dataDir: string
let bench: { workbench: Workbench }
let host: WebHost

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-fuzz-'))
  bench = { workbench: openWorkbench({ dataDir, resourcesDir: RESOURCES_DIR, mode: 'web', version: '0.0.0-test' }) }
  expect(await bench.workbench.dispatch('workspace:init', { kind: 'demo' })).toMatchObject({ ok: true })
  const rendererDir = path.join(dataDir, 'renderer')
  fs.mkdirSync(rendererDir)
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>')
  host = await startWebHost({ dispatch: bench.workbench.dispatch, rendererDir, port: 0 })
})

afterAll(async () => {
  await host?.close()
  bench?.workbench.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

function expectRefusalKeptRows(label: string, result: unknown, before: string): void {
  expect(result, label).toMatchObject({ ok: expect.any(Boolean) })
  const typed = result as { ok: boolean; error?: { code?: unknown; message?: unknown } }
  if (typed.ok) return
  expect(typeof typed.error?.code, label).toBe('string')
  expect(typed.error?.code, label).not.toBe('internal')
  expect(typeof typed.error?.message, label).toBe('string')
  expect(workspaceChecksum(bench.workbench.context.db), `${label}: a refused call changed the workspace`).toBe(before)
}

const describeInput = (input: unknown): string => {
  try {
    return JSON.stringify(input)?.slice(0, 200) ?? String(input)
  } catch {
    return String(input)
  }
}

describe('every channel under generated garbage', () => {
  it('covers the whole handler table', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort())
  })

  it.each([...CHANNELS])('%s: dispatch answers a Result, and a refusal writes nothing', async (channel) => {
    await fc.assert(
      fc.asyncProperty(garbageFor(channel), async (input) => {
        const before = workspaceChecksum(bench.workbench.context.db)
        let result: unknown
        try {
          result = await bench.workbench.dispatch(channel, input)
        } catch (error) {
          throw new Error(`${channel} threw on ${describeInput(input)}: ${String(error)}`)
        }
        expectRefusalKeptRows(`${channel} ← ${describeInput(input)}`, result, before)
      }),
      { numRuns: RUNS_PER_CHANNEL, seed: 20261201 }
    )
  })

  it.each([...CHANNELS])('%s: the HTTP host answers a Result, never a 500', async (channel) => {
    await fc.assert(
      fc.asyncProperty(garbageFor(channel), async (input) => {
        const before = workspaceChecksum(bench.workbench.context.db)
        const body = JSON.stringify(input) ?? ''
        const response = await fetch(`${host.url}/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
          body
        })
        expect(response.status, `${channel} ← ${body.slice(0, 200)}`).not.toBe(500)
        expect([200, 400]).toContain(response.status)
        expectRefusalKeptRows(`${channel} ← ${body.slice(0, 200)}`, await response.json(), before)
      }),
      { numRuns: RUNS_PER_CHANNEL / 2, seed: 20261202 }
    )
  })
})
