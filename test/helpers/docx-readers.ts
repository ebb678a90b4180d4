/**
 * Independent readers for generated Word files: python-docx (as Word's object model sees the
 * file) and LibreOffice → PDF → poppler (as a page a person reads). python-docx lives in
 * Debian's /usr/bin/python3, not the python3 on PATH.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface DocxReading {
  /** Every paragraph's text with its style name, in order (body only). */
  paragraphs: { style: string; text: string }[]
  /** Headings: paragraphs whose style is "Heading N". */
  headings: { level: number; text: string }[]
  /** Each table as rows of cell text. */
  tables: string[][][]
  /** For each table, which rows are marked to repeat as a header row. */
  headerRowFlags: boolean[][]
  sections: { orientation: 'portrait' | 'landscape'; widthTwips: number; heightTwips: number; headerText: string; footerText: string; hasPageFields: boolean }[]
  /** The document defaults' fonts and languages (w:docDefaults). */
  defaultFonts: { ascii: string | null; hAnsi: string | null; eastAsia: string | null; hint: string | null; eastAsiaLanguage: string | null }
  /** Heading numbering levels as written (numFmt and lvlText), from the numbering part. */
  numberingLevels: { format: string; text: string }[]
  /** Pictures embedded in the package (word/media/*). */
  mediaCount: number
}

const readerScript = String.raw`
import json, sys, zipfile
from docx import Document
from docx.oxml.ns import qn

path = sys.argv[1]
doc = Document(path)
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

paragraphs = [{'style': p.style.name if p.style is not None else '', 'text': p.text} for p in doc.paragraphs]
headings = []
for p in paragraphs:
    if p['style'].startswith('Heading '):
        headings.append({'level': int(p['style'].split(' ')[1]), 'text': p['text']})

tables, flags = [], []
for table in doc.tables:
    rows, row_flags = [], []
    for tr in table._tbl.tr_lst:
        cells = []
        for tc in tr.tc_lst:
            cells.append('\n'.join(''.join(t.text or '' for t in p.iter(W + 't')) for p in tc.iter(W + 'p')))
        rows.append(cells)
        trPr = tr.trPr
        row_flags.append(trPr is not None and trPr.find(qn('w:tblHeader')) is not None)
    tables.append(rows)
    flags.append(row_flags)

sections = []
for s in doc.sections:
    footer_xml = s.footer._element.xml if s.footer is not None else ''
    sections.append({
        'orientation': 'landscape' if s.orientation == 1 else 'portrait',
        'widthTwips': int(s.page_width.twips),
        'heightTwips': int(s.page_height.twips),
        'headerText': '\n'.join(p.text for p in s.header.paragraphs) if not s.header.is_linked_to_previous else '',
        'footerText': '\n'.join(p.text for p in s.footer.paragraphs) if not s.footer.is_linked_to_previous else '',
        'hasPageFields': ('PAGE' in footer_xml and 'NUMPAGES' in footer_xml) if not s.footer.is_linked_to_previous else False,
    })

styles = doc.styles.element
rpr = styles.find(qn('w:docDefaults') + '/' + qn('w:rPrDefault') + '/' + qn('w:rPr'))
fonts = rpr.find(qn('w:rFonts')) if rpr is not None else None
lang = rpr.find(qn('w:lang')) if rpr is not None else None
def attr(el, name):
    return None if el is None else el.get(qn('w:' + name))
default_fonts = {'ascii': attr(fonts, 'ascii'), 'hAnsi': attr(fonts, 'hAnsi'), 'eastAsia': attr(fonts, 'eastAsia'), 'hint': attr(fonts, 'hint'), 'eastAsiaLanguage': attr(lang, 'eastAsia')}

levels = []
numbering = doc.part.numbering_part.element
for lvl in numbering.iter(qn('w:lvl')):
    fmt = lvl.find(qn('w:numFmt'))
    text = lvl.find(qn('w:lvlText'))
    levels.append({'format': attr(fmt, 'val') or '', 'text': attr(text, 'val') or ''})

with zipfile.ZipFile(path) as z:
    media = [n for n in z.namelist() if n.startswith('word/media/')]

json.dump({'paragraphs': paragraphs, 'headings': headings, 'tables': tables, 'headerRowFlags': flags, 'sections': sections,
           'defaultFonts': default_fonts, 'numberingLevels': levels, 'mediaCount': len(media)}, sys.stdout, ensure_ascii=False)
`

export function readDocx(docxPath: string): DocxReading {
  const output = execFileSync('/usr/bin/python3', ['-c', readerScript, docxPath], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return JSON.parse(output) as DocxReading
}

export function isSofficeAvailable(): boolean {
  return spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0
}

/** LibreOffice headless → PDF beside a private profile (so parallel runs do not share one). Returns the PDF's path. */
export function convertToPdf(docxPath: string, outDir: string): string {
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'))
  try {
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, docxPath], {
      stdio: 'ignore',
      timeout: 120_000
    })
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  const pdfPath = path.join(outDir, `${path.basename(docxPath, path.extname(docxPath))}.pdf`)
  if (!existsSync(pdfPath)) throw new Error(`LibreOffice wrote no PDF for ${docxPath}`)
  return pdfPath
}

export function pdfPageCount(pdfPath: string): number {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })
  const match = /^Pages:\s+(\d+)/m.exec(info)
  if (!match) throw new Error(`pdfinfo gave no page count for ${pdfPath}`)
  return Number(match[1])
}

/** The text of each page (pdftotext -layout; pages split on form feeds). */
export function pdfPagesText(pdfPath: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return text.split('\f').slice(0, pdfPageCount(pdfPath))
}

/** Pictures placed on the pages (pdfimages -list, soft masks left out): page and pixel size. */
export function pdfImages(pdfPath: string): { page: number; width: number; height: number }[] {
  const list = execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' })
  return list
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[2] === 'image')
    .map((fields) => ({ page: Number(fields[0]), width: Number(fields[3]), height: Number(fields[4]) }))
}
