/**
 * The words the document kit writes itself (not the proposal's content, which its builder
 * passes in already translated). zh-CN first; en-US must have every key (the type says so).
 */
import { type MoneyUnit } from '../../../../src/shared/domain/money'
import { type DocumentLanguage } from './figure-format'

export interface KitLabels {
  tableOfContents: string
  /** Shown under the contents when the page numbers are left for Word to fill in. */
  tableOfContentsNote: string
  pageOf: { before: string; middle: string; after: string }
  total: string
  account: string
  supplier: string
  date: string
  version: string
  confidential: string
  preparedFor: string
  moneyUnit: Record<MoneyUnit, string>
  figureCaption: (number: number, title: string) => string
  tableCaption: (number: number, title: string) => string
}

export const kitLabels: Record<DocumentLanguage, KitLabels> = {
  'zh-CN': {
    tableOfContents: '目录',
    tableOfContentsNote: '页码可在 Word 中右键目录选择“更新域”生成。',
    // "第 3 页 / 共 8 页"
    pageOf: { before: '第 ', middle: ' 页 / 共 ', after: ' 页' },
    total: '合计',
    account: '客户',
    supplier: '供应商',
    date: '日期',
    version: '版本',
    confidential: '商业机密 · 仅供双方内部使用',
    preparedFor: '呈送',
    moneyUnit: { yuan: '元', wan: '万元', yi: '亿元' },
    figureCaption: (number, title) => `图 ${number}\u3000${title}`,
    tableCaption: (number, title) => `表 ${number}\u3000${title}`
  },
  'en-US': {
    tableOfContents: 'Contents',
    tableOfContentsNote: 'To add page numbers in Word, right-click the contents and choose Update Field.',
    pageOf: { before: 'Page ', middle: ' of ', after: '' },
    total: 'Total',
    account: 'Account',
    supplier: 'Supplier',
    date: 'Date',
    version: 'Version',
    confidential: 'Confidential · for the two parties only',
    preparedFor: 'Prepared for',
    moneyUnit: { yuan: 'CNY', wan: 'CNY 10k', yi: 'CNY 100m' },
    figureCaption: (number, title) => `Figure ${number}. ${title}`,
    tableCaption: (number, title) => `Table ${number}. ${title}`
  }
}
