// Renders a review screen as the app does: with a query client (the telecode table loads through it) and the
// real strings, review's included.
import '#src/i18n/later-strings.ts'
import '#src/i18n/journey-strings.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderResult } from '@testing-library/react'
import { createElement, type ReactElement } from 'react'

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
