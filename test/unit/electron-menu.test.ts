/**
 * The native menu: labels in the workspace language, commands sent to the page, developer
 * tools only in development. Built from the template with `electron` mocked.
 */
import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { MENU_COMMANDS, type MenuCommand } from '../../src/shared/bridge'

const fake = vi.hoisted(() => ({ installed: [] as unknown[] }))
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: (menu: unknown) => fake.installed.push(menu)
  }
}))

const { buildMenuTemplate, installApplicationMenu } = await import('../../electron/main/menu')

function setup(overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  const sent: MenuCommand[] = []
  const actions: string[] = []
  const options = {
    language: 'zh-CN' as const,
    platform: 'win32' as NodeJS.Platform,
    isPackaged: true,
    appName: 'KA Workbench',
    sendCommand: (command: MenuCommand) => sent.push(command),
    openDataFolder: () => actions.push('open-data-folder'),
    showAbout: () => actions.push('about'),
    ...overrides
  }
  return { template: buildMenuTemplate(options), sent, actions, options }
}

function items(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(menu?.submenu) ? menu.submenu : []
}

function find(template: MenuItemConstructorOptions[], topLabel: string, label: string): MenuItemConstructorOptions {
  const item = items(template.find((menu) => menu.label === topLabel)).find((entry) => entry.label === label)
  if (!item) throw new Error(`no menu item ${topLabel} › ${label}`)
  return item
}

const click = (item: MenuItemConstructorOptions): void => (item.click as () => void)()

describe('application menu', () => {
  it('is in Chinese by default and in English when the workspace says so', () => {
    expect(setup().template.map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '语言', '帮助'])
    expect(setup({ language: 'en-US' }).template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Language', 'Help'])
  })

  it('sends import, export, undo and redo to the page', () => {
    const { template, sent } = setup()
    for (const [top, label] of [
      ['文件', '导入客户…'],
      ['文件', '导出 Excel'],
      ['文件', '导出 CSV'],
      ['编辑', '撤销'],
      ['编辑', '重做']
    ] as const) {
      click(find(template, top, label))
    }
    expect(sent).toEqual(['import', 'export-xlsx', 'export-csv', 'undo', 'redo'])
    expect(sent.every((command) => (MENU_COMMANDS as readonly string[]).includes(command))).toBe(true)
  })

  it('uses the native roles for cut, copy, paste and select all', () => {
    expect(items(setup().template[1]).map((item) => item.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll'])
  })

  it('offers the languages as radio items with the current one checked', () => {
    const { template, sent } = setup({ language: 'en-US' })
    const choices = items(template.find((menu) => menu.label === 'Language'))
    expect(choices.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['中文', 'radio', false],
      ['English', 'radio', true]
    ])
    click(choices[0] as MenuItemConstructorOptions)
    expect(sent).toEqual(['language:zh-CN'])
  })

  it('opens the data folder and the about box', () => {
    const { template, actions } = setup()
    click(find(template, '文件', '打开数据文件夹'))
    click(find(template, '帮助', '关于 KA 工作台'))
    expect(actions).toEqual(['open-data-folder', 'about'])
  })

  it('shows developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) => items(setup({ isPackaged }).template[2]).map((item) => item.role)
    expect(roles(true)).not.toContain('toggleDevTools')
    expect(roles(false)).toContain('toggleDevTools')
  })

  it('on macOS starts with the app menu and adds the window menu', () => {
    const { template } = setup({ platform: 'darwin' })
    expect(template.map((menu) => menu.label)).toEqual(['KA Workbench', '文件', '编辑', '视图', '语言', '窗口', '帮助'])
    expect(items(template[0]).map((item) => item.role)).toContain('quit')
  })

  it('installs the built menu as the application menu', () => {
    const { options } = setup()
    installApplicationMenu(options)
    expect(fake.installed).toHaveLength(1)
  })
})
