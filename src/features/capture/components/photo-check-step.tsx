// "Check your photo": the photo about to be sent, large and zoomable, with what to look for — or, when
// the meter found something wrong with it, what that is — and the two ways on: take (or choose)
// another, or use this one.
import { useTranslation } from 'react-i18next'
import { primaryButton, secondaryButton } from '#src/ui/button-styles.ts'
import { CardPhoto } from '#src/ui/card-photo.tsx'
import { StepHeading } from '#src/ui/step-heading.tsx'
import type { PhotoProblem } from '../lib/photo-check.ts'

const CHECKS = ['sharp', 'corners', 'glare'] as const

interface PhotoCheckStepProps {
  image: Blob
  source: 'camera' | 'file'
  problems: readonly PhotoProblem[]
  onUse: () => void
  /** Take another photo (camera) or choose another file (upload). */
  onReplace: () => void
}

export function PhotoCheckStep({ image, source, problems, onUse, onReplace }: PhotoCheckStepProps) {
  const { t } = useTranslation()
  const replace = source === 'camera' ? t('photo.check.retake') : t('photo.check.chooseAnother')
  const flagged = problems.length > 0
  return (
    <section
      aria-labelledby="photo-check-heading"
      data-testid="photo-check"
      data-problems={problems.join(' ')}
      className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem] short-landscape:grid-cols-[minmax(0,1fr)_16rem] short-landscape:gap-x-4 short-landscape:gap-y-2"
    >
      {/* A phone held sideways: the photo as tall as the screen allows, everything else beside it. */}
      <div className="lg:col-span-2 short-landscape:col-start-2">
        <StepHeading id="photo-check-heading" className="text-xl sm:text-2xl short-landscape:text-lg">
          {t('photo.check.heading')}
        </StepHeading>
      </div>
      <CardPhoto
        image={image}
        className="aspect-[1.6] w-full short-landscape:row-span-2 short-landscape:row-start-1 short-landscape:max-h-[calc(100dvh-8rem)] short-landscape:w-auto short-landscape:justify-self-center"
      />
      <div className="flex flex-col gap-4 short-landscape:gap-2">
        {flagged ? (
          <div role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950">
            <h3 className="font-semibold">{t('photo.problems.heading')}</h3>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
              {problems.map((problem) => (
                <li key={problem} data-testid={`photo-problem-${problem}`}>
                  {t(`photo.problems.${problem}`)}
                </li>
              ))}
            </ul>
            <p className="mt-2 text-sm">
              {source === 'camera' ? t('photo.problems.adviceCamera') : t('photo.problems.adviceFile')}
            </p>
          </div>
        ) : (
          <div className="rounded-xl border border-slate-200 bg-white p-4 short-landscape:p-3 short-landscape:text-sm">
            <p className="text-slate-700 short-landscape:sr-only">{t('photo.check.intro')}</p>
            <ul className="mt-3 space-y-2 short-landscape:mt-0 short-landscape:space-y-1">
              {CHECKS.map((check) => (
                <li key={check} className="flex items-start gap-2 text-slate-800">
                  <svg
                    aria-hidden="true"
                    viewBox="0 0 20 20"
                    className="mt-0.5 h-5 w-5 shrink-0 text-teal-700"
                  >
                    <path
                      d="m5 10.5 3.2 3L15 7"
                      fill="none"
                      stroke="currentColor"
                      strokeWidth="2.2"
                      strokeLinecap="round"
                      strokeLinejoin="round"
                    />
                  </svg>
                  {t(`photo.check.${check}`)}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="flex flex-col gap-3">
          {flagged ? (
            <>
              <button type="button" onClick={onReplace} className={primaryButton}>
                {replace}
              </button>
              <button type="button" onClick={onUse} className={secondaryButton}>
                {t('photo.problems.useAnyway')}
              </button>
            </>
          ) : (
            <>
              <button type="button" onClick={onUse} className={primaryButton}>
                {t('photo.check.useThis')}
              </button>
              <button type="button" onClick={onReplace} className={secondaryButton}>
                {replace}
              </button>
            </>
          )}
        </div>
      </div>
    </section>
  )
}
