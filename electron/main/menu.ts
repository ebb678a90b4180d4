/**
 * The native application menu, in the workspace language. Menu items that act on the workbench
 * (import, export, undo, language…) only send a command to the page: the page owns the undo
 * stack, the dialogs and the settings call, exactly as its own buttons and shortcuts do.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../src/shared/bridge'
import type { Language } from '../../src/shared/i18n'

/** Menu labels live here rather than in the page's message tree: only the shell shows them. */
export const MENU_LABELS = {
  'zh-CN': {
    file: '文件',
    newAccount: '新增客户',
    importAccounts: '导入客户…',
    exportXlsx: '导出 Excel',
    exportCsv: '导出 CSV',
    openDataFolder: '打开数据文件夹',
    close: '关闭窗口',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '切换全屏',
    devTools: '开发者工具',
    language: '语言',
    window: '窗口',
    minimize: '最小化',
    help: '帮助',
    about: '关于 KA 工作台',
    version: '版本',
    hide: '隐藏 KA 工作台',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
    services: '服务'
  },
  'en-US': {
    file: 'File',
    newAccount: 'New account',
    importAccounts: 'Import accounts…',
    exportXlsx: 'Export Excel',
    exportCsv: 'Export CSV',
    openDataFolder: 'Open data folder',
    close: 'Close window',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Toggle full screen',
    devTools: 'Developer tools',
    language: 'Language',
    window: 'Window',
    minimize: 'Minimize',
    help: 'Help',
    about: 'About KA Workbench',
    version: 'Version',
    hide: 'Hide KA Workbench',
    hideOthers: 'Hide others',
    unhide: 'Show all',
    services: 'Services'
  }
} as const satisfies Record<Language, Record<string, string>>

/** The language items name themselves in their own language, as language pickers do. */
const LANGUAGE_CHOICES: readonly { language: Language; label: string; command: MenuCommand }[] = [
  { language: 'zh-CN', label: '中文', command: 'language:zh-CN' },
  { language: 'en-US', label: 'English', command: 'language:en-US' }
]

export interface MenuOptions {
  language: Language
  platform: NodeJS.Platform
  isPackaged: boolean
  appName: string
  sendCommand(command: MenuCommand): void
  openDataFolder(): void
  showAbout(): void
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = MENU_LABELS[options.language]
  const isMac = options.platform === 'darwin'
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.sendCommand(name)
  })
  const about: MenuItemConstructorOptions = { label: t.about, click: () => options.showAbout() }

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services', label: t.services },
      { type: 'separator' },
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.unhide },
      { type: 'separator' },
      { role: 'quit', label: t.quit }
    ]
  }

  const fileMenu: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      command(t.newAccount, 'add-account', 'CmdOrCtrl+N'),
      { type: 'separator' },
      command(t.importAccounts, 'import', 'CmdOrCtrl+O'),
      command(t.exportXlsx, 'export-xlsx', 'CmdOrCtrl+E'),
      command(t.exportCsv, 'export-csv', 'CmdOrCtrl+Shift+E'),
      { type: 'separator' },
      { label: t.openDataFolder, click: () => options.openDataFolder() },
      { type: 'separator' },
      isMac ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit }
    ]
  }

  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      // The page's undo stack covers grid edits, imports and deletes; a native undo would not.
      // The keys are shown but left to the page: in a cell editor Ctrl+Z must undo typing.
      { ...command(t.undo, 'undo', 'CmdOrCtrl+Z'), registerAccelerator: false },
      { ...command(t.redo, 'redo', isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'), registerAccelerator: false },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll }
    ]
  }

  const viewMenu: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      { role: 'reload', label: t.reload },
      ...(options.isPackaged ? [] : [{ role: 'toggleDevTools', label: t.devTools } satisfies MenuItemConstructorOptions]),
      { type: 'separator' },
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen }
    ]
  }

  const languageMenu: MenuItemConstructorOptions = {
    label: t.language,
    submenu: LANGUAGE_CHOICES.map((choice) => ({
      label: choice.label,
      type: 'radio',
      checked: choice.language === options.language,
      click: () => options.sendCommand(choice.command)
    }))
  }

  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    role: 'window',
    submenu: [
      { role: 'minimize', label: t.minimize },
      { role: 'zoom' },
      { type: 'separator' },
      { role: 'front' }
    ]
  }

  const helpMenu: MenuItemConstructorOptions = {
    label: t.help,
    role: 'help',
    submenu: [about]
  }

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, languageMenu, ...(isMac ? [windowMenu] : []), helpMenu]
}

/** Builds and installs the menu; call again after the workspace language changes. */
export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)))
}
