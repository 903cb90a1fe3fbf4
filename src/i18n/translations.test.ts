import { describe, expect, it } from 'vitest'
import { en } from './en.ts'
import { zhHK } from './zh-HK.ts'

type Tree = { readonly [key: string]: string | Tree }

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

/** Every leaf path, as written (plural keys keep their suffix). */
function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string' ? [path] : leaves(value, path)
  })
}

/** Leaf paths with i18next plural suffixes folded, so `x_one`/`x_other` count as `x`. */
const folded = (tree: Tree) =>
  [...new Set(leaves(tree).map((path) => path.replace(PLURAL_SUFFIX, '')))].sort()

function pick(tree: Tree, path: string): string | undefined {
  const node = path
    .split('.')
    .reduce<Tree | string | undefined>((at, key) => (typeof at === 'object' ? at[key] : undefined), tree)
  return typeof node === 'string' ? node : undefined
}

const placeholdersOf = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort()

/** zh-HK strings still in English: the same text as en at the same path, with a word in it. */
function englishLeftovers(zh: Tree): string[] {
  return leaves(zh).filter((path) => {
    const text = pick(zh, path)
    return text !== undefined && text === pick(en, path) && /[a-z]{4,}/i.test(text)
  })
}

/** Plural forms a language needs (Intl's categories for it) that its tree lacks. */
function missingPluralForms(tree: Tree, locale: string): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
  const bases = new Set(
    leaves(tree)
      .filter((p) => PLURAL_SUFFIX.test(p))
      .map((p) => p.replace(PLURAL_SUFFIX, '')),
  )
  return [...bases].flatMap((base) =>
    categories.map((category) => `${base}_${category}`).filter((path) => pick(tree, path) === undefined),
  )
}

// Brand name and shortcut keys are the same in both languages on purpose.
const SAME_ON_PURPOSE = /^app\.title$|[Ss]hortcut/

describe('translations', () => {
  it('en and zh-HK have exactly the same keys (plural forms folded)', () => {
    expect(folded(zhHK)).toEqual(folded(en))
  })

  it('each language has every plural form its plural rules use', () => {
    expect(missingPluralForms(en, 'en')).toEqual([])
    expect(missingPluralForms(zhHK, 'zh-HK')).toEqual([])
  })

  it('each zh-HK string uses the same {{placeholders}} as its English one', () => {
    for (const path of leaves(zhHK)) {
      const english = pick(en, path) ?? pick(en, path.replace(PLURAL_SUFFIX, '_other'))
      expect([path, placeholdersOf(pick(zhHK, path) ?? '')]).toEqual([path, placeholdersOf(english ?? '')])
    }
  })

  it('no zh-HK string is left in English, plural forms included', () => {
    expect(englishLeftovers(zhHK).filter((path) => !SAME_ON_PURPOSE.test(path))).toEqual([])
  })

  it('the checks catch what they guard against', () => {
    const planted = structuredClone(zhHK) as unknown as { review: { override: Record<string, string> } }
    planted.review.override.blocked_other = en.review.override.blocked_other
    expect(englishLeftovers(planted as unknown as Tree)).toContain('review.override.blocked_other')
    const { blocked_other: _, ...withoutOther } = planted.review.override
    planted.review.override = withoutOther
    expect(missingPluralForms(planted as unknown as Tree, 'zh-HK')).toContain('review.override.blocked_other')
  })
})
