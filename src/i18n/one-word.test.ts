// One word for one thing: "reference" is the operator's customer reference and nothing else; the id a
// recognition answers with is the "request ID" everywhere it is shown; a new photo of the card is asked for by
// one button name.
import { describe, expect, it } from 'vitest'
import { en } from './en.ts'
import { zhHK } from './zh-HK.ts'

type Tree = { readonly [key: string]: string | Tree }

function paths(tree: Tree, match: RegExp, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string' ? (match.test(value) ? [path] : []) : paths(value, match, path)
  })
}

describe('one word for one thing', () => {
  it('“reference” names only the customer reference', () => {
    const customerReference = ['app.case.reference', 'app.case.referenceHint', 'done.delivery.changed']
    expect(paths(en, /reference/i)).toEqual(
      customerReference.filter((path) => path !== 'app.case.referenceHint'),
    )
    expect(paths(zhHK, /參考編號/)).toEqual(['app.case.reference', 'done.delivery.changed'])
  })

  it('the recognition’s id is the request ID, in every place it is shown', () => {
    // A record delivery that failed on our side shows the request ID of that request, in the same words.
    // A service not set up tells the desk to pass the request ID on.
    const shown = [
      'recognize.errors.SERVICE_UNAVAILABLE.body',
      'recognize.errors.NOT_FOUND.body',
      'recognize.errors.METHOD_NOT_ALLOWED.body',
      'recognize.requestId',
      'done.requestId',
      'done.webhook.failed.ours',
      'customer.sendFailed.requestId',
    ]
    expect(paths(en, /request id/i)).toEqual(shown)
    expect(paths(zhHK, /請求編號/)).toEqual(shown)
  })

  it('every button that takes a new photo says “Retake photo” (重新拍攝), and no other name is one', () => {
    const buttons = (tree: Tree, prefix = ''): [string, string][] =>
      Object.entries(tree).flatMap(([key, value]) => {
        const path = prefix ? `${prefix}.${key}` : key
        if (typeof value !== 'string') return path.endsWith('shortcuts') ? [] : buttons(value, path)
        return key === 'retake' || path.endsWith('discard.confirm') ? [[path, value] as [string, string]] : []
      })
    expect(buttons(en).length).toBeGreaterThanOrEqual(5)
    expect(new Set(buttons(en).map(([, label]) => label))).toEqual(new Set(['Retake photo']))
    expect(new Set(buttons(zhHK).map(([, label]) => label))).toEqual(new Set(['重新拍攝']))
    // "Take the photo again" was a second name for the same button.
    expect(paths(en, /^take the photo again$/i)).toEqual([])
  })
})
