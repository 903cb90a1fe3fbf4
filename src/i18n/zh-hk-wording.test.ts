// Hong Kong wording, not Taiwan's: 熒幕/屏幕 (not 螢幕), 按 (not 點選); and no space where Chinese text
// meets a number or a number-like value filled in at run time (此 QR 碼在上午12:25前有效).
import { describe, expect, it } from 'vitest'
import { zhHK } from './zh-HK.ts'

type Tree = { readonly [key: string]: string | Tree }

function texts(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string' ? [[path, value]] : texts(value, path)
  })
}

const all = texts(zhHK)
const HAN = String.raw`[\p{Script=Han}，。：；、（）「」]`
// Values that read as numbers, times or dates once filled in.
const NUMBER = String.raw`(?:\d|\{\{(?:count|seconds|minutes|position|limit|time|date|age|times|code|characters|codes|expected|found|invalidFrom|issued|introduced)\}\})`
const straySpace = new RegExp(`${HAN} ${NUMBER}|${NUMBER} ${HAN}`, 'u')

describe('zh-HK wording', () => {
  it('has strings to check', () => {
    expect(all.length).toBeGreaterThan(100)
  })

  it.each(['螢幕', '點選', '點擊', '白框'])('never says %s', (word) => {
    expect(all.filter(([, text]) => text.includes(word)).map(([path]) => path)).toEqual([])
  })

  it('puts no space between Chinese and a number, time or date', () => {
    expect(all.filter(([, text]) => straySpace.test(text)).map(([path, text]) => `${path}: ${text}`)).toEqual(
      [],
    )
  })
})
