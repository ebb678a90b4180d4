import { describe, expect, it } from 'vitest'
import { latestVersion } from '../../electron/core/db/migrate'
import { handlers } from '../../electron/core/handlers'
import { CHANNELS } from '../../src/shared/channels'
import { contract } from '../../src/shared/contract'
import { openTestWorkbench } from '../helpers/workbench'

const GARBAGE: readonly unknown[] = [42, 'accounts', { evil: true }, [1, 2, 3]]

describe('the handler table', () => {
  it('has exactly one handler per channel of the list and of the contract', () => {
    const channels = [...CHANNELS].sort()
    expect(Object.keys(handlers).sort()).toEqual(channels)
    expect(Object.keys(contract).sort()).toEqual(channels)
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length)
  })

  it('pins the API surface', () => {
    expect([...CHANNELS]).toEqual([
      'app:info',
      'workspace:status',
      'workspace:init',
      'settings:get',
      'settings:set',
      'regions:list',
      'accounts:list',
      'accounts:create',
      'accounts:update',
      'accounts:apply-changes',
      'accounts:duplicate',
      'accounts:delete',
      'accounts:restore',
      'accounts:history',
      'accounts:list-bin',
      'accounts:empty-bin',
      'accounts:import-preview',
      'accounts:import-commit',
      'accounts:import-refused-rows',
      'accounts:export',
      'catalogue:list',
      'catalogue:create',
      'catalogue:update',
      'catalogue:apply-changes',
      'catalogue:delete-impact',
      'catalogue:delete',
      'catalogue:restore',
      'catalogue:import-preview',
      'catalogue:import-commit',
      'catalogue:export',
      'assortment:list',
      'assortment:matrix',
      'assortment:update',
      'assortment:apply-changes',
      'assortment:add',
      'assortment:remove',
      'assortment:restore',
      'assortment:bulk-price',
      'assortment:copy',
      'assortment:whitespace',
      'assortment:plan-get',
      'assortment:plan-set',
      'assortment:solver-terms',
      'terms:sheets',
      'terms:get',
      'terms:create-sheet',
      'terms:update-line',
      'terms:add-line',
      'terms:remove-lines',
      'terms:restore-lines',
      'terms:set-payment',
      'terms:economics',
      'terms:compare',
      'terms:compare-choices',
      'terms:compare-export',
      'terms:warnings',
      'terms:settings-get',
      'terms:settings-set',
      'terms:scenario-create',
      'terms:scenarios',
      'terms:scenario-update',
      'terms:scenario-economics',
      'terms:scenario-promote',
      'terms:offer-restore',
      'terms:scenario-delete',
      'terms:scenario-restore',
      'terms:import-preview',
      'terms:import-commit',
      'proposal:list',
      'proposal:get',
      'proposal:create',
      'proposal:update',
      'proposal:delete',
      'proposal:concession-upsert',
      'proposal:concession-remove',
      'proposal:clause-upsert',
      'proposal:clause-remove',
      'proposal:clause-skus-set',
      'proposal:conflicts',
      'proposal:promotion-upsert',
      'proposal:promotion-remove',
      'proposal:promotion-skus-set',
      'proposal:activity-upsert',
      'proposal:activity-remove',
      'proposal:readiness',
      'proposal:department-value',
      'proposal:version-save',
      'proposal:versions',
      'proposal:version-get',
      'proposal:version-compare',
      'proposal:export-docx',
      'proposal:export-progress',
      'pipeline:stakeholders',
      'pipeline:stakeholder-save',
      'pipeline:stakeholder-advance',
      'pipeline:stakeholder-delete',
      'pipeline:talk-card',
      'pipeline:opportunities',
      'pipeline:opportunity-save',
      'pipeline:opportunity-evidence',
      'pipeline:opportunity-advance',
      'pipeline:opportunity-close',
      'pipeline:opportunity-delete',
      'pipeline:health',
      'pipeline:activities',
      'pipeline:activity-save',
      'pipeline:activity-delete',
      'pipeline:next-steps',
      'pipeline:negotiations',
      'pipeline:negotiation-save',
      'pipeline:negotiation-delete',
      'pipeline:negotiation-export',
      'pipeline:funnel-settings-get',
      'pipeline:funnel-settings-set',
      'pipeline:terms-warnings',
      'pipeline:stakeholders-export'
    ])
  })
})

describe('dispatch', () => {
  it('answers garbage input on every channel with a bad-input Result and never throws', async () => {
    const { workbench } = openTestWorkbench()
    for (const channel of CHANNELS) {
      for (const input of GARBAGE) {
        const result = await workbench.dispatch(channel, input)
        expect(result.ok, `${channel} ← ${JSON.stringify(input)}`).toBe(false)
        if (result.ok) continue
        expect(result.error.code, `${channel} ← ${JSON.stringify(input)}`).toBe('bad-input')
        expect(result.error.message).toMatch(/^请求内容无效：/)
      }
    }
    // none of it changed the workspace
    expect(await workbench.dispatch('workspace:status', {})).toEqual({ ok: true, value: { isInitialized: false, accountCount: 0 } })
  })

  it('refuses an unknown channel name', async () => {
    const { workbench } = openTestWorkbench()
    for (const channel of ['accounts:drop', '', 'ACCOUNTS:LIST', '__proto__', 'constructor', 'toString', 42, null, undefined, { channel: 'app:info' }]) {
      const result = await workbench.dispatch(channel, {})
      expect(result.ok, String(channel)).toBe(false)
      if (!result.ok) expect(result.error.code).toBe('unknown-channel')
    }
    const result = await workbench.dispatch('accounts:drop', {})
    expect(result).toEqual({ ok: false, error: { code: 'unknown-channel', message: '未知的接口：accounts:drop' } })
  })

  it('names the offending field of a bad input', async () => {
    const { workbench } = openTestWorkbench()
    const result = await workbench.dispatch('workspace:init', { kind: 'everything' })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('bad-input')
      expect(result.error.message).toContain('kind')
    }
  })

  it('runs a channel with good input and returns its value', async () => {
    const { workbench, dataDir } = openTestWorkbench()
    const result = await workbench.dispatch('app:info', {})
    expect(result).toMatchObject({ ok: true, value: { mode: 'web', version: '0.0.0-test', dataDir, schemaVersion: latestVersion() } })
    // no input at all counts as {} for the channels that take none
    expect(await workbench.dispatch('accounts:list', undefined)).toEqual({ ok: true, value: [] })
  })
})
