/**
 * Texts of the Word proposal's export and of the company settings it uses (merged in under the
 * `proposalDocument` namespace). The document's own wording is in
 * electron/core/proposal-document/document-text.ts.
 */
export const zhCNProposalDocument = {
  company: {
    menu: '公司信息',
    title: '公司信息',
    intro: '用于 Word 进场方案的封面、页眉和主题色。',
    name: '公司名称',
    namePlaceholder: '如：华康健康消费品有限公司',
    accentColour: '主题色',
    logo: '公司标志',
    logoHint: 'PNG 格式，不超过 512 KB',
    chooseLogo: '选择图片…',
    removeLogo: '移除标志',
    noLogo: '未设置标志',
    save: '保存',
    saved: '公司信息已保存',
    notPng: '“{{name}}”不是 PNG 图片',
    tooLarge: '“{{name}}”超过 512 KB'
  },
  export: {
    button: '导出 Word',
    language: '文档语言',
    moneyUnit: '金额单位',
    exporting: '正在生成 Word 文档…',
    done: '已导出 {{fileName}}'
  },
  errors: {
    notPng: '标志必须是 PNG 图片',
    proposalNotFound: '找不到该进场方案'
  }
}

export const enUSProposalDocument: typeof zhCNProposalDocument = {
  company: {
    menu: 'Company',
    title: 'Company',
    intro: 'Used on the cover, in the page header and for the colours of the Word proposal.',
    name: 'Company name',
    namePlaceholder: 'e.g. Huakang Consumer Health Co., Ltd.',
    accentColour: 'Accent colour',
    logo: 'Logo',
    logoHint: 'PNG, up to 512 KB',
    chooseLogo: 'Choose a picture…',
    removeLogo: 'Remove logo',
    noLogo: 'No logo set',
    save: 'Save',
    saved: 'Company details saved',
    notPng: '“{{name}}” is not a PNG picture',
    tooLarge: '“{{name}}” is larger than 512 KB'
  },
  export: {
    button: 'Export to Word',
    language: 'Document language',
    moneyUnit: 'Money unit',
    exporting: 'Writing the Word document…',
    done: 'Exported {{fileName}}'
  },
  errors: {
    notPng: 'The logo must be a PNG picture',
    proposalNotFound: 'The proposal was not found'
  }
}
