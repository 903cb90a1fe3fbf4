// Page frame (one slim line in phone landscape, where height is scarce): product name, a note when the local reader on this server reads the card (the photo stays here),
// step indicator, and the step's content.
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation, type UseTranslationOptions } from 'react-i18next'
import { healthQuery } from '#src/features/recognize/api/get-health.ts'
import type { Journey } from '#src/session/journey.ts'
import type { StepName } from './flow-state.ts'
import { LanguageSwitch } from '#src/i18n/language-switch.tsx'

const STEPS: StepName[] = ['capture', 'review', 'done']
// Drawn again when the journey's strings arrive, so a customer's banner changes to their words (react-i18next
// takes the option; its types leave it out).
const REDRAW_WHEN_ADDED = { bindI18nStore: 'added' } as UseTranslationOptions<undefined>

interface AppShellProps {
  step: StepName
  /** The journey's steps (a phone opened from a desk has no review of its own). */
  steps?: readonly StepName[] | undefined
  children: ReactNode
  /** A customer is told where their photo goes in their own words (when those have loaded). */
  journey?: Journey | undefined
}

export function AppShell({ step, steps = STEPS, children, journey }: AppShellProps) {
  const { t, i18n } = useTranslation(undefined, REDRAW_WHEN_ADDED)
  const health = useQuery(healthQuery())
  const current = steps.indexOf(step)

  return (
    <div className="min-h-dvh">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-2 gap-y-2 px-4 py-3 sm:gap-4 short-landscape:py-1">
          <div className="flex items-center gap-3">
            <img src="/favicon.svg" alt="" className="hidden h-8 w-8 sm:block short-landscape:hidden" />
            <div>
              <h1 className="text-base leading-tight font-bold whitespace-nowrap sm:text-lg">
                {t('app.title')}
              </h1>
              <p className="hidden text-xs text-slate-500 sm:block short-landscape:hidden">
                {t('app.tagline')}
              </p>
            </div>
          </div>
          {/* On a phone: the title and the language switch on one line, the steps on the next. */}
          <div className="contents sm:flex sm:items-center sm:gap-4">
            {steps.length > 0 && (
              <nav aria-label={t('app.progress')} className="order-last w-full sm:order-none sm:w-auto">
                <ol className="flex items-center gap-1 text-xs font-medium sm:gap-2 sm:text-sm">
                  {steps.map((name, index) => (
                    <li
                      key={name}
                      aria-current={index === current ? 'step' : undefined}
                      className={`flex items-center gap-1.5 rounded-full px-2 py-1 whitespace-nowrap sm:px-3 ${
                        index === current
                          ? 'bg-teal-700 text-white'
                          : index < current
                            ? 'text-teal-800'
                            : 'text-slate-500'
                      }`}
                    >
                      <span aria-hidden="true">{index < current ? '✓' : index + 1}</span>
                      <span className={index === current ? '' : 'sr-only sm:not-sr-only'}>
                        {t(`app.steps.${name}`)}
                      </span>
                    </li>
                  ))}
                </ol>
              </nav>
            )}
            <LanguageSwitch />
          </div>
        </div>
      </header>
      {health.data?.upstream === 'local-reader' && (
        <p
          role="note"
          data-testid="local-reader-banner"
          className="bg-teal-50 px-4 py-2 text-center text-sm text-teal-950 short-landscape:py-0.5 short-landscape:text-xs"
        >
          {journey === 'customer' && i18n.exists('customer.readHere')
            ? t('customer.readHere')
            : t('app.localReaderBanner')}
        </p>
      )}
      <main className="mx-auto max-w-5xl px-4 py-6 sm:py-10 short-landscape:py-3">{children}</main>
    </div>
  )
}
