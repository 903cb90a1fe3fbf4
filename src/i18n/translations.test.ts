import { describe, expect, it } from 'vitest'
import { en } from './en.ts'
import { zhHK } from './zh-HK.ts'

type Tree = { readonly [key: string]: string | Tree }

/** Every leaf path, with i18next plural suffixes folded so `x_one`/`x_other` count as `x`. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string'
      ? [path.replace(/_(zero|one|two|few|many|other)$/, '')]
      : keys(value, path)
  })
}

function placeholders(tree: Tree, prefix = ''): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => {
      const path = prefix ? `${prefix}.${key}` : key
      if (typeof value !== 'string') return Object.entries(placeholders(value, path))
      return [[path, [...value.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort()]]
    }),
  )
}

describe('translations', () => {
  it('en and zh-HK have exactly the same keys', () => {
    expect([...new Set(keys(zhHK))].sort()).toEqual([...new Set(keys(en))].sort())
  })

  it('each zh-HK string uses the same {{placeholders}} as its English one', () => {
    expect(placeholders(zhHK)).toEqual(placeholders(en))
  })

  it('no zh-HK string is left in English', () => {
    const english = Object.entries(placeholders(zhHK)).length
    expect(english).toBeGreaterThan(0)
    const same = keys(zhHK).filter((path) => {
      const pick = (tree: Tree) =>
        path
          .split('.')
          .reduce<Tree | string | undefined>(
            (node, key) => (typeof node === 'object' ? node[key] : undefined),
            tree,
          )
      const zh = pick(zhHK)
      return typeof zh === 'string' && zh === pick(en) && /[a-z]{4,}/i.test(zh)
    })
    // Brand name and shortcut keys are the same in both languages on purpose.
    expect(same.filter((path) => !/^app\.title$|[Ss]hortcut/.test(path))).toEqual([])
  })
})
