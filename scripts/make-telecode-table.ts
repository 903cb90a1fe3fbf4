// Builds src/hkid/telecode-data/ from the Unihan database (Debian's unicode-data package by default):
//   tsx scripts/make-telecode-table.ts [Unihan_OtherMappings.txt[.bz2]] [copyright file]
// The output is committed, so the app never needs Unihan at run time; rerun when upgrading Unicode.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const DEFAULT_SOURCE = '/usr/share/unicode/Unihan_OtherMappings.txt.bz2'
const DEFAULT_COPYRIGHT = '/usr/share/doc/unicode-data/copyright'
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '../src/hkid/telecode-data')

export interface TelecodeBuild {
  unicodeVersion: string
  /** The Unihan file's own copyright line, e.g. `© 2022 Unicode®, Inc.` */
  copyrightLine: string
  /** character → its codes, Taiwan table first, Mainland only for characters the Taiwan table lacks */
  table: Map<string, string[]>
  fromTaiwan: number
  fromMainland: number
}

/** Parses Unihan_OtherMappings.txt text. Pure, so it can be tested on a few lines. */
export function buildTelecodeTable(unihan: string): TelecodeBuild {
  const taiwan = new Map<string, string[]>()
  const mainland = new Map<string, string[]>()
  let unicodeVersion = ''
  let copyrightLine = ''
  for (const line of unihan.split('\n')) {
    if (line.startsWith('#')) {
      unicodeVersion ||= /Unicode version:\s*(\S+)/.exec(line)?.[1] ?? ''
      copyrightLine ||= /©.*/.exec(line)?.[0]?.trim() ?? ''
      continue
    }
    const [codePoint, field, value] = line.split('\t')
    const target = field === 'kTaiwanTelegraph' ? taiwan : field === 'kMainlandTelegraph' ? mainland : null
    if (!target || !codePoint || !value) continue
    const char = String.fromCodePoint(Number.parseInt(codePoint.replace('U+', ''), 16))
    // A few characters list two codes ("1057 7775"); any of them is a correct reading.
    const codes = value.trim().split(/\s+/)
    if (!codes.every((code) => /^\d{4}$/.test(code))) throw new Error(`Unexpected telegraph code: ${line}`)
    target.set(char, codes)
  }
  if (taiwan.size === 0) throw new Error('No kTaiwanTelegraph entries: wrong file?')
  const table = new Map(taiwan)
  for (const [char, codes] of mainland) if (!table.has(char)) table.set(char, codes)
  return {
    unicodeVersion,
    copyrightLine,
    table,
    fromTaiwan: taiwan.size,
    fromMainland: table.size - taiwan.size,
  }
}

/**
 * Packs the table as 10 000 comma-separated segments, segment n holding the characters whose code is n. About
 * a third the size of a char→code JSON object, and it still unpacks with one split (see src/hkid/telecode.ts).
 */
export function packTelecodes(table: ReadonlyMap<string, readonly string[]>): string {
  const segments: string[] = Array.from({ length: 10_000 }, () => '')
  for (const [char, codes] of table) for (const code of codes) segments[Number(code)] += char
  return segments.join(',').replace(/,+$/, '')
}

function readSource(path: string): string {
  // Debian ships Unihan bzip2-compressed and Node has no bzip2 codec; the CLI is part of any Debian system.
  if (path.endsWith('.bz2'))
    return execFileSync('bzip2', ['-dc', path], { encoding: 'utf8', maxBuffer: 1 << 28 })
  return readFileSync(path, 'utf8')
}

function licenseText(build: TelecodeBuild, copyright: string): string {
  const exhibit = copyright.indexOf('EXHIBIT 1')
  if (exhibit < 0) throw new Error('Unicode licence text not found in the copyright file')
  return [
    'The telegraph code table in this directory (telecodes.ts) is derived from the Unicode Han Database',
    `(Unihan), file Unihan_OtherMappings.txt, Unicode version ${build.unicodeVersion}, as shipped by Debian's`,
    'unicode-data package.',
    '',
    `Unihan_OtherMappings.txt: ${build.copyrightLine}`,
    'Unicode and the Unicode Logo are registered trademarks of Unicode, Inc. in the U.S. and other countries.',
    'Terms of use: https://www.unicode.org/terms_of_use.html  Licence: https://www.unicode.org/license.txt',
    '',
    'MODIFICATION NOTICE: the data has been modified. Only the kTaiwanTelegraph and kMainlandTelegraph fields',
    'are kept; kMainlandTelegraph is used only for characters that have no kTaiwanTelegraph value; the result',
    'is re-encoded in a packed format by scripts/make-telecode-table.ts.',
    '',
    "The licence below is copied from Debian's /usr/share/doc/unicode-data/copyright.",
    '',
    copyright.slice(exhibit).trimEnd(),
    '',
  ].join('\n')
}

function main(): void {
  const [source = DEFAULT_SOURCE, copyrightPath = DEFAULT_COPYRIGHT] = process.argv.slice(2)
  const build = buildTelecodeTable(readSource(source))
  const data = {
    source: `Unihan_OtherMappings.txt, Unicode ${build.unicodeVersion}: kTaiwanTelegraph, then kMainlandTelegraph`,
    unicodeVersion: build.unicodeVersion,
    entries: build.table.size,
    codes: packTelecodes(build.table),
  }
  // A .ts module rather than .json: the app's composite tsconfig only includes .ts files, so a JSON import
  // fails type-checking (TS6307). The explicit type keeps the 45 kB string out of emitted declarations.
  const module = [
    '// GENERATED by scripts/make-telecode-table.ts — do not edit. Modified Unicode data: see LICENSE-UNICODE.txt.',
    '// codes: comma-separated segments; segment n (0–9999) holds the characters whose telegraph code is n.',
    'export const telecodeData: { source: string; unicodeVersion: string; entries: number; codes: string } =',
    `  ${JSON.stringify(data)}`,
    '',
  ].join('\n')
  mkdirSync(OUT_DIR, { recursive: true })
  rmSync(join(OUT_DIR, 'telecodes.json'), { force: true })
  writeFileSync(join(OUT_DIR, 'telecodes.ts'), module)
  writeFileSync(join(OUT_DIR, 'LICENSE-UNICODE.txt'), licenseText(build, readFileSync(copyrightPath, 'utf8')))
  console.log(
    `${build.table.size} characters (${build.fromTaiwan} Taiwan + ${build.fromMainland} Mainland), Unicode ${build.unicodeVersion}`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
