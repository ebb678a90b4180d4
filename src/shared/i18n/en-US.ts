import type { MessageTree } from './zh-CN'
import { enUSSku } from './sku'
import { enUSTerms } from './terms'
import { enUSProposal } from './proposal'
import { enUSPipeline } from './pipeline'

export const enUS = {
  app: {
    title: 'KA Workbench',
    shortTitle: 'KA Workbench',
    unsavedTitle: 'Unsaved changes',
    unsavedMessage: 'Some changes are not saved yet: a save is in progress, or a cell is still being edited. Closing now loses them.',
    unsavedLeave: 'Close anyway',
    unsavedStay: 'Go back'
  },
  nav: {
    accounts: 'Accounts',
    language: 'Language',
    switchToEnglish: 'English',
    switchToChinese: '中文'
  },
  status: {
    workspace: 'Workspace',
    saved: 'Saved',
    saving: 'Saving…',
    saveFailed: 'Not saved',
    rows: '{{shown}} of {{total}} accounts',
    rowsLoading: 'First {{shown}} accounts shown, loading the rest…',
    mode: {
      electron: 'Desktop',
      web: 'Browser mode'
    }
  },
  welcome: {
    title: 'Welcome to KA Workbench',
    subtitle: 'Everything is kept in a workspace file on this computer and works offline. How would you like to start?',
    demoTitle: 'Demo workspace',
    demoBody:
      'Loads 18 sample accounts: hypermarkets, chain supermarkets, convenience and pharmacy chains across every background, tier and trade type.',
    demoAction: 'Open the demo workspace',
    emptyTitle: 'Empty workspace',
    emptyBody: 'Start from scratch: type accounts in, or import them from Excel or CSV.',
    emptyAction: 'Create an empty workspace',
    dataLocation: 'Workspace file: {{path}}',
    preparing: 'Preparing the workspace…'
  },
  enums: {
    format: {
      hypermarket: 'Hypermarket',
      supermarket: 'Chain supermarket',
      convenience: 'Convenience chain',
      pharmacy: 'Pharmacy chain'
    },
    background: {
      international: 'International',
      national: 'National',
      regional: 'Regional'
    },
    tier: {
      head: 'Head',
      emerging: 'Emerging',
      high_value: 'High-value',
      brand: 'Brand'
    },
    tradeType: {
      hq_direct: 'HQ direct supply',
      regional_direct: 'Regional direct supply',
      distributor: 'Via distributor'
    },
    criterion: {
      met: 'Met',
      not_met: 'Not met',
      unknown: 'Unknown'
    },
    verdict: {
      qualified: 'Qualified',
      not_qualified: 'Not qualified',
      pending: 'Pending'
    },
    flag: {
      yes: 'Yes',
      no: 'No',
      unknown: 'Unknown'
    },
    storeClass: {
      A: 'Class A',
      B: 'Class B',
      C: 'Class C'
    },
    skuStatus: {
      active: 'Active',
      discontinued: 'Discontinued'
    },
    assortmentStatus: {
      listed: 'Listed',
      proposed: 'Proposed',
      delisted: 'Delisted'
    }
  },
  fields: {
    code: 'Account code',
    name: 'Account name',
    format: 'Format',
    storeClass: 'Store class',
    background: 'Background',
    tier: 'Tier',
    tradeType: 'Trade type',
    regionCode: 'Division code',
    regionName: 'Region',
    directStores: 'Direct stores',
    salesAreaM2: 'Sales area (m²)',
    averageStoreAreaM2: 'Avg store area (m²)',
    annualSalesFen: 'Annual sales (CNY)',
    employees: 'Employees',
    dailyTraffic: 'Daily traffic',
    dailyTransactions: 'Daily transactions',
    salesPerM2Fen: 'Sales per m² (CNY)',
    salesPerEmployeeFen: 'Sales per employee (CNY)',
    averageTicketFen: 'Average ticket (CNY)',
    conversionRate: 'Conversion',
    isTopThreeInRegion: 'Top three in region',
    directStoresCriterion: '≥ 25 direct stores',
    hasStrongHqExecution: 'Strong HQ execution',
    screeningVerdict: 'Screening verdict',
    notes: 'Notes',
    updatedAt: 'Updated'
  },
  fieldHelp: {
    annualSalesFen: 'Annual sales of all stores; type 1234.56, 3000万 or 1.2亿',
    salesAreaM2: 'Total sales area of all direct stores',
    storeClass: 'Hypermarkets by average store area: A ≥ 5,000 m², B ≥ 2,000 m², C < 2,000 m²',
    averageTicketFen: 'Annual sales ÷ (daily transactions × 365)',
    conversionRate: 'Daily transactions ÷ daily traffic',
    salesPerM2Fen: 'Annual sales ÷ sales area',
    salesPerEmployeeFen: 'Annual sales ÷ employees',
    screeningVerdict: 'All three met: qualified; any not met: not qualified; otherwise pending',
    regionCode: 'GB/T 2260 division code (province 2 digits, city 4, county 6)'
  },
  groups: {
    identity: 'Account',
    classification: 'Classification and region',
    profile: 'Size',
    kpis: 'Performance',
    screening: 'Screening'
  },
  accounts: {
    title: 'Accounts',
    subtitle: 'Key-account profiles, performance and screening',
    search: 'Search accounts, regions, notes…',
    add: 'Add',
    duplicate: 'Duplicate',
    duplicateHint: 'Add copies of the ticked accounts as new rows (Ctrl+C copies cells)',
    deleteMore: 'and {{count}} more',
    deleteHidden: '{{count}} of them are hidden by the current filter: {{names}}',
    delete: 'Delete',
    undo: 'Undo',
    redo: 'Redo',
    import: 'Import',
    export: 'Export',
    exportXlsx: 'Export Excel (.xlsx)',
    exportCsv: 'Export CSV (UTF-8)',
    columns: 'Columns',
    resetColumns: 'Reset columns',
    totals: 'Total / average',
    totalsCount: '{{count}} accounts',
    newAccountName: 'New account',
    copySuffix: ' (copy)',
    confirmDeleteTitle: 'Delete accounts',
    confirmDeleteOne: 'Delete “{{name}}”? You can undo with Ctrl+Z.',
    confirmDeleteMany: 'Delete the {{count}} selected accounts? You can undo with Ctrl+Z.',
    deleted: 'Deleted {{count}} account(s) (Ctrl+Z to undo)',
    added: 'Added account {{code}}',
    duplicated: 'Duplicated {{count}} account(s)',
    undone: 'Undone: {{what}}',
    redone: 'Redone: {{what}}',
    nothingToUndo: 'Nothing to undo',
    nothingToRedo: 'Nothing to redo',
    selectFirst: 'Select account rows first',
    pasteReport: 'Pasted {{applied}} cell(s), refused {{refused}}',
    pasteRefusedItem: 'Row {{row}}: {{message}}',
    pasteNoFocus: 'Click the cell where the paste should start',
    pasteReadOnly: '“{{field}}” is computed and cannot be pasted into',
    pasteNewRows: '{{count}} new row(s)',
    editRefused: 'Not saved: {{message}}',
    empty: 'No accounts yet. Click “Add” to type one in, or import from Excel or CSV.',
    noMatch: 'No account matches the filters',
    action: {
      edit: 'edit “{{field}}”',
      paste: 'paste of {{count}} cell(s)',
      add: 'add account',
      duplicate: 'duplicate {{count}} account(s)',
      delete: 'delete {{count}} account(s)',
      import: 'import of {{count}} account(s)'
    }
  },
  // The spreadsheet layer (src/grid): every grid's toolbar, clipboard, undo and messages.
  grid: {
    undo: 'Undo',
    redo: 'Redo',
    columns: 'Columns',
    resetColumns: 'Reset columns',
    undone: 'Undone: {{what}}',
    redone: 'Redone: {{what}}',
    nothingToUndo: 'Nothing to undo',
    nothingToRedo: 'Nothing to redo',
    selectFirst: 'Tick rows or click a cell first',
    pasteReport: 'Pasted {{applied}} cell(s), refused {{refused}}',
    pasteRefusedItem: 'Row {{row}}: {{message}}',
    pasteChangedItem: 'Row {{row}}, “{{field}}” set to {{value}}',
    pasteNoFocus: 'Click the cell where the paste should start',
    pasteReadOnly: '“{{field}}” is computed and cannot be pasted into',
    pasteNewRows: '{{count}} new row(s) (from row {{from}})',
    editRefused: 'Not saved: {{message}}',
    unreachable: 'Cannot reach the workbench; the change is not saved yet',
    copyRows: 'Copy rows',
    copyRowsWithHeader: 'With the header row',
    copyRowsOnly: 'Data only',
    rowsCopied: 'Copied {{count}} row(s); paste them into Excel',
    moneyUnit: 'Money unit',
    unit: { yuan: 'CNY', wan: '10k CNY', yi: '100M CNY' },
    exportInYuan: '(amounts in the file are in CNY)',
    views: 'Views',
    viewName: 'View name, e.g. East hypermarkets qualified',
    saveView: 'Save current view',
    deleteView: 'Delete the view “{{name}}”',
    filterAll: '(Select all)',
    emptyValue: '(Blank)',
    action: {
      edit: 'edit “{{field}}”',
      paste: 'paste of {{count}} cell(s)',
      clear: 'clearing {{count}} cell(s)',
      fillDown: 'fill down {{count}} row(s)'
    }
  },
  accountsGrid: {
    annualSalesIn: 'Annual sales ({{unit}})'
  },
  summary: {
    title: 'Group summary',
    groupBy: 'Group by',
    count: 'Accounts',
    sales: 'Annual sales ({{unit}})',
    fileName: 'accounts-summary-by-{{by}}',
    by: { format: 'Format', province: 'Province', city: 'City', verdict: 'Screening result', tier: 'Tier' }
  },
  import: {
    title: 'Import accounts',
    chooseFile: 'Choose file',
    supported: '.xlsx and .csv (UTF-8 or GBK/GB18030, detected); Chinese or English headers.',
    reading: 'Reading {{name}}…',
    file: 'File',
    encoding: 'Encoding',
    sheet: 'Sheet',
    mapping: 'Column mapping',
    sourceColumn: 'Column in the file',
    targetField: 'Field',
    ignore: '(do not import)',
    sample: 'Sample',
    summary: '{{total}} rows: {{valid}} ready to import, {{invalid}} with errors will be skipped',
    errorsTitle: 'Rows with errors (not imported)',
    rowError: 'Row {{row}}: {{message}}',
    moreErrors: '{{count}} more errors not listed',
    confirm: 'Import {{count}} rows',
    cancel: 'Cancel',
    done: 'Imported {{count}} account(s)',
    nothingToImport: 'There is no row to import',
    missingRequired: 'Required columns missing: {{fields}}',
    importing: 'Importing…',
    reasonNotWorkbook: 'the content is not a valid Excel workbook (.xlsx)',
    reasonLegacyXls: 'it is a legacy .xls file: save it as .xlsx in Excel',
    reasonEncrypted: 'the file is password-protected: remove the password in Excel and save it as .xlsx',
    reasonNotText: 'the content is not text: save it from Excel as “CSV UTF-8” or .xlsx',
    reasonUnclosedQuote: 'the quote opened on row {{row}} is never closed',
    // Hardened file reading (import corpus): refusals and cells read as empty for a reason.
    reasonTooLarge: "a sheet exceeds Excel's 1,048,576 rows, or inflates far beyond what its rows need (the file may be damaged); it was not read",
    reasonTooManyColumns: 'it has {{count}} columns, more than the {{max}} allowed; delete the columns you do not need and import again',
    reasonNoSuchSheet: 'the workbook has no sheet named "{{sheet}}"',
    cellInvalidBytes: 'this cell holds bytes that are not {{encoding}} text; check this cell in the file, or save it as "CSV UTF-8" and import again',
    cellFormulaWithoutResult: 'this cell is a formula saved without its result; open the file in Excel or WPS, save it, and import again',
    cellAmbiguousNumber: '"{{value}}" is ambiguous (the file writes numbers the European way, 1.234,5): write it as 1200 or 1200.5',
    duplicateMapping: '“{{field}}” is mapped to several columns ({{columns}}): map each field to one column only',
    refusedSheetName: 'Rows not imported',
    refusedReason: 'Why not imported',
    rowLabel: 'Row {{row}} of the file',
    refusedFileSuffix: 'rows-not-imported'
  },
  export: {
    done: 'Exported {{count}} rows to {{file}}',
    exporting: 'Exporting…',
    sheetName: 'Accounts',
    fileBaseName: 'accounts'
  },
  catalogue: {
    fields: {
      code: 'SKU code',
      barcode: 'Barcode',
      name: 'Name',
      spec: 'Spec',
      unit: 'Unit',
      category: 'Category',
      brand: 'Brand',
      casePack: 'Case pack',
      unitCostFen: 'Unit cost',
      listSupplyPriceFen: 'List supply price',
      suggestedRetailPriceFen: 'Suggested retail price',
      isKeySku: 'Key SKU',
      status: 'Status',
      notes: 'Notes'
    },
    newSkuName: 'New SKU',
    errors: {
      invalidCode: 'An SKU code may hold only letters, digits, - and _; got "{{value}}"',
      duplicateSkuCode: 'SKU code "{{value}}" is already used',
      duplicateBarcode: 'Barcode "{{value}}" is already used by SKU {{owner}}',
      duplicateSkuCodeInFile: 'SKU code "{{value}}" appears twice in the file (first on row {{firstRow}})',
      duplicateBarcodeInFile: 'Barcode "{{value}}" appears twice in the file (first on row {{firstRow}})',
      notFound: 'The SKU does not exist or was deleted (ID {{id}})'
    },
    import: {
      done: 'Imported {{count}} SKUs',
      nothingToImport: 'No row can be imported',
      reasonColumn: 'Why not imported',
      rowColumn: 'Row in file',
      refusedFileBaseName: 'Catalogue - rows not imported'
    },
    export: {
      sheetName: 'Catalogue',
      fileBaseName: 'Catalogue'
    }
  },
  assortment: {
    fields: {
      accountId: 'Account',
      skuId: 'SKU',
      status: 'Listing status',
      supplyPriceFen: 'Supply price',
      retailPriceFen: 'Retail price',
      plannedAnnualUnits: 'Planned annual units',
      marginTargetPpm: 'Target margin',
      lastYearUnits: 'Units sold last year'
    },
    errors: {
      notFound: 'The assortment line does not exist or was deleted (ID {{id}})',
      accountNotFound: 'The account does not exist or was deleted (ID {{id}})',
      skuNotFound: 'The SKU does not exist or was deleted (ID {{id}})',
      alreadyCarried: 'The account already carries SKU {{sku}}',
      sameAccount: 'The source and target account are the same account',
      bulkAmountInvalid: 'The change "{{value}}" is not a valid number',
      bulkNoPrice: 'SKU {{sku}} has no {{field}} to change',
      bulkNotPositive: 'SKU {{sku}}: the new {{field}} would be {{price}} yuan; it must be above 0',
      bulkTooLarge: 'SKU {{sku}}: the new {{field}} would be too large'
    }
  },
  common: {
    ok: 'OK',
    cancel: 'Cancel',
    close: 'Close',
    yes: 'Yes',
    no: 'No',
    loading: 'Loading…',
    error: 'Something went wrong',
    retry: 'Retry'
  },
  errors: {
    required: '“{{field}}” is required',
    notNumber: '“{{field}}” must be a number, got “{{value}}”',
    notInteger: '“{{field}}” must be a whole number, got “{{value}}”',
    negative: '“{{field}}” cannot be negative',
    tooLarge: '“{{field}}” is too large',
    tooLong: '“{{field}}” takes at most {{max}} characters',
    invalidOption: '“{{field}}” must be one of: {{options}}; got “{{value}}”',
    invalidRegion: 'No administrative division “{{value}}” (type a 6-digit GB/T 2260 code or a region name)',
    ambiguousRegion: 'Several regions are called “{{value}}” ({{candidates}}): type the code or the full name',
    invalidCode: 'An account code takes letters, digits, - and _ only; got “{{value}}”',
    duplicateCode: 'Account code “{{value}}” is already used',
    duplicateCodeInFile: 'Account code “{{value}}” appears twice in the file (first on row {{firstRow}})',
    transactionsExceedTraffic: 'Daily transactions ({{transactions}}) cannot exceed daily traffic ({{traffic}})',
    notFound: 'The account no longer exists (ID {{id}})',
    badInput: 'Invalid request: {{issues}}',
    unknownChannel: 'Unknown channel: {{channel}}',
    unreadableFile: 'Cannot read “{{name}}”: {{reason}}',
    unsupportedFile: 'Unsupported file type “{{name}}”: use .xlsx or .csv',
    emptyFile: '“{{name}}” has no data rows',
    noHeaderMatch: 'The header row was not recognised: the first row must name the columns (e.g. “Account name”, “Format”)',
    workspaceNewer:
      'The workspace file was written by a newer version (schema {{found}}); this program supports up to {{supported}}. Nothing was changed, to protect your data. Please update KA Workbench.',
    internal: 'Internal error: {{message}}',
    network: 'Cannot reach the workbench service: {{message}}'
  },
  sku: enUSSku,
  terms: enUSTerms,
  proposal: enUSProposal,
  pipeline: enUSPipeline
} satisfies MessageTree
