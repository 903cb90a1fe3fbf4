// Renders a review screen as the app does: with a query client (the telecode table loads through it) and the
// real strings, review's included.
import '#src/i18n/later-strings.ts'
import '#src/i18n/journey-strings.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderResult } from '@testing-library/react'
import { createElement, type ReactElement } from 'react'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'

// jsdom has <dialog> without its modal methods: open and close it as a browser does, minus the top layer.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true
}
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false
  this.dispatchEvent(new Event('close'))
}

export function renderReview(screen: ReactElement): RenderResult {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(createElement(QueryClientProvider, { client }, screen))
}

/** When both reviews' tests say the card was read. */
export const recognizedAt = new Date('2026-11-25T10:00:00Z')
/** A number whose check digit is right, and the same number with the wrong one. */
export const VALID_ID = 'A123456(3)'
export const WRONG_DIGIT = 'A123456(4)'

/** The specimen's reading with a valid number and no window text, changed by `overrides`. */
export function readResult(overrides: Partial<RecognizeResult> = {}): RecognizeResult {
  return {
    requestId: 'req-1',
    card: { ...SPECIMEN_FIELDS, idNum: VALID_ID, windowEmbeddedText: '' },
    warnings: [],
    portraits: {},
    ...overrides,
  }
}
