// The steps after capture, loaded on demand: review brings react-hook-form, zod and the card checks,
// none of which the first screen needs; the hand-off brings the QR code and Web Crypto's sealing. Review
// is prefetched while the card is captured, so review never waits.
import { Component, lazy, Suspense, use, useEffect, type ComponentProps, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { RecognizeErrorPanel } from '#src/features/recognize/components/recognize-error-panel.tsx'
import type { Journey } from '#src/session/journey.ts'

type ReviewStepsModule = typeof import('#src/features/review/components/review-steps.ts')
type OperatorDoneModule = typeof import('./operator-done.tsx')
type DeskHandoffModule = typeof import('#src/features/desk-handoff/components/desk-handoff.tsx')
type PhotoCheckModule = typeof import('#src/features/capture/components/photo-check-step.tsx')
type CardPhotoModule = typeof import('#src/ui/card-photo.tsx')
type DeliveryScreensModule =
  typeof import('#src/features/record-delivery/components/customer-delivery-screens.tsx')

// Code that has arrived renders at once: React.lazy suspends on its first render even when the module is
// there, and React then holds the revealed content back for 300 ms.
const loaded: {
  ReviewForm?: ReviewStepsModule['ReviewForm']
  CustomerReview?: ReviewStepsModule['CustomerReview']
  OperatorDone?: OperatorDoneModule['OperatorDone']
  PhotoCheckStep?: PhotoCheckModule['PhotoCheckStep']
  CardPhoto?: CardPhotoModule['CardPhoto']
} = {}

// Each step's component comes with its strings (added to i18next when later-strings.ts loads).
const withStrings = <T,>(component: Promise<T>) =>
  Promise.all([import('#src/i18n/later-strings.ts'), component]).then(([, m]) => m)
const loadReviewSteps = () =>
  withStrings(import('#src/features/review/components/review-steps.ts')).then((m) => {
    loaded.ReviewForm = m.ReviewForm
    loaded.CustomerReview = m.CustomerReview
    return m
  })
const loadReviewForm = () => loadReviewSteps().then((m) => m.ReviewForm)
const loadCustomerReview = () =>
  Promise.all([import('#src/i18n/journey-strings.ts'), loadReviewSteps()]).then(([, m]) => m.CustomerReview)
const loadOperatorDone = () =>
  withStrings(import('./operator-done.tsx')).then((m) => (loaded.OperatorDone = m.OperatorDone))
const loadCustomerEnding = () =>
  Promise.all([import('#src/i18n/journey-strings.ts'), import('./customer-ending.tsx')]).then(([, m]) => ({
    default: m.CustomerEnding,
  }))
// The customer's record delivery screens (sending, a failed send, nowhere to send), with their strings.
const loadDeliveryScreens = () =>
  Promise.all([
    import('#src/i18n/journey-strings.ts'),
    import('#src/features/record-delivery/components/customer-delivery-screens.tsx'),
  ]).then(([, m]) => m)
const loadDeskHandoff = () =>
  Promise.all([
    import('#src/i18n/journey-strings.ts'),
    import('#src/features/desk-handoff/components/desk-handoff.tsx'),
  ]).then(([, m]) => ({ default: m.DeskHandoff }))

const loadPhotoCheck = () =>
  withStrings(import('#src/features/capture/components/photo-check-step.tsx')).then(
    (m) => (loaded.PhotoCheckStep = m.PhotoCheckStep),
  )
const loadCardPhoto = () =>
  withStrings(import('#src/ui/card-photo.tsx')).then((m) => (loaded.CardPhoto = m.CardPhoto))

// React.lazy remembers a failed load for good; a retry needs fresh lazy components.
const makeLazy = () => ({
  ReviewForm: lazy(() => loadReviewForm().then((component) => ({ default: component }))),
  CustomerReview: lazy(() => loadCustomerReview().then((component) => ({ default: component }))),
  OperatorDone: lazy(() => loadOperatorDone().then((component) => ({ default: component }))),
  DeskHandoff: lazy(loadDeskHandoff),
  CustomerEnding: lazy(loadCustomerEnding),
  CustomerSending: lazy(() => loadDeliveryScreens().then((m) => ({ default: m.CustomerSending }))),
  CustomerSendFailed: lazy(() => loadDeliveryScreens().then((m) => ({ default: m.CustomerSendFailed }))),
  NoDestination: lazy(() => loadDeliveryScreens().then((m) => ({ default: m.NoDestination }))),
  PhotoCheckStep: lazy(() => loadPhotoCheck().then((component) => ({ default: component }))),
  CardPhoto: lazy(() => loadCardPhoto().then((component) => ({ default: component }))),
})
let lazySteps = makeLazy()

export function ReviewStep(props: ComponentProps<ReviewStepsModule['ReviewForm']>) {
  const ReviewForm = loaded.ReviewForm ?? lazySteps.ReviewForm
  return <ReviewForm {...props} />
}

export function CustomerReviewStep(props: ComponentProps<ReviewStepsModule['CustomerReview']>) {
  const CustomerReview = loaded.CustomerReview ?? lazySteps.CustomerReview
  return <CustomerReview {...props} />
}

export function DoneStep(props: ComponentProps<OperatorDoneModule['OperatorDone']>) {
  const OperatorDone = loaded.OperatorDone ?? lazySteps.OperatorDone
  return <OperatorDone {...props} />
}

export function CustomerEndingStep(props: ComponentProps<typeof lazySteps.CustomerEnding>) {
  return <lazySteps.CustomerEnding {...props} />
}

export function CustomerSendingStep(props: ComponentProps<DeliveryScreensModule['CustomerSending']>) {
  return <lazySteps.CustomerSending {...props} />
}

export function CustomerSendFailedStep(props: ComponentProps<DeliveryScreensModule['CustomerSendFailed']>) {
  return <lazySteps.CustomerSendFailed {...props} />
}

/** A customer link with nowhere to send a record: said before the camera opens. */
export function NoDestinationStep() {
  return <lazySteps.NoDestination />
}

export function DeskHandoffStep(props: ComponentProps<DeskHandoffModule['DeskHandoff']>) {
  return <lazySteps.DeskHandoff {...props} />
}

/** "Check your photo", loaded with its strings (prefetched with review's code during capture). */
export function PhotoCheckStep(props: ComponentProps<PhotoCheckModule['PhotoCheckStep']>) {
  const PhotoCheck = loaded.PhotoCheckStep ?? lazySteps.PhotoCheckStep
  return <PhotoCheck {...props} />
}

/** The photo that was sent, on error screens and beside review's fields; nothing while its code loads,
 * and nothing (rather than a broken screen) if it cannot load — offline — until the connection is back. */
export function SentPhoto({ image }: { image: Blob }) {
  const CardPhoto = loaded.CardPhoto ?? lazySteps.CardPhoto
  return (
    <StepLoadBoundary fallback={(retry) => <RetryWhenOnline retry={retry} />}>
      <Suspense fallback={null}>
        <CardPhoto image={image} className="aspect-[1.6] w-full" />
      </Suspense>
    </StepLoadBoundary>
  )
}

function RetryWhenOnline({ retry }: { retry: () => void }) {
  useEffect(() => {
    window.addEventListener('online', retry)
    return () => window.removeEventListener('online', retry)
  }, [retry])
  return null
}

/** Starts fetching the journey's review (and the operator's done) code, and the photo's; safe to call
 * repeatedly. */
export function prefetchReview(journey: Journey = 'operator'): void {
  // A failed prefetch is not an error yet: review tries again when it renders.
  loadPhotoCheck().catch(() => undefined)
  loadCardPhoto().catch(() => undefined)
  if (journey === 'customer') {
    loadCustomerReview().catch(() => undefined)
    loadCustomerEnding().catch(() => undefined)
    loadDeliveryScreens().catch(() => undefined)
    return
  }
  loadReviewForm().catch(() => undefined)
  loadOperatorDone().catch(() => undefined)
}

// The failures' words: fetched when the camera opens; a failed fetch is forgotten so the next try loads again.
let errorStrings: Promise<unknown> | undefined
function loadErrorStrings(): Promise<unknown> {
  errorStrings ??= import('#src/i18n/recognize-error-strings.ts').catch((error: unknown) => {
    errorStrings = undefined
    throw error
  })
  return errorStrings
}

/** Starts fetching every failure's words; safe to call repeatedly. */
export function prefetchErrorStrings(): void {
  loadErrorStrings().catch(() => undefined)
}

/** A failure, said at once when its words have arrived, else once they have (the offline message is always
 * there); a fetch that fails reaches the StepLoadBoundary around it. */
export function RecognizeErrorStep(props: ComponentProps<typeof RecognizeErrorPanel>) {
  const { i18n } = useTranslation()
  if (!i18n.exists(`recognize.errors.${props.code}.title`)) use(loadErrorStrings())
  return <RecognizeErrorPanel {...props} />
}

/** Marks `hkid:review-rendered` once review is on screen, closing the capture → review timeline. */
export function MarkReviewRendered() {
  useEffect(() => {
    performance.mark('hkid:review-rendered')
  }, [])
  return null
}

interface StepLoadBoundaryProps {
  /** Shown when the step's code could not be loaded; `retry` loads it again. */
  fallback: (retry: () => void) => ReactNode
  children: ReactNode
}

// Chromium, Firefox and Safari word a failed dynamic import differently; all throw a TypeError.
const LOAD_FAILED = /dynamically imported module|importing a module script failed/i

/** Catches a lazy step whose code failed to load (offline, or a deploy replaced it) and offers a retry;
 * any other error passes on as before. */
export class StepLoadBoundary extends Component<StepLoadBoundaryProps, { error: unknown }> {
  state = { error: null as unknown }
  static getDerivedStateFromError(error: unknown) {
    return { error }
  }
  retry = () => {
    lazySteps = makeLazy()
    this.setState({ error: null })
  }
  render() {
    const { error } = this.state
    if (error === null) return this.props.children
    if (error instanceof TypeError && LOAD_FAILED.test(error.message)) return this.props.fallback(this.retry)
    throw error
  }
}
