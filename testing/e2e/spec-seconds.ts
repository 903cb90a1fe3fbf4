// What each spec took under its project in a measured one-process run on the CI's kind of machine (2 cores,
// loaded), in seconds: the shards are balanced by time, not by file count (the scene bank and a11y alone are a
// quarter of the suite). Only the proportions matter; a spec missing here is counted at UNMEASURED_SECONDS.
// Re-measured 2026-12-07 on a machine loaded by other work, scaled by an unchanged spec of the same hour
// (capture-specimen, 2.6 times its figure here): a11y, capture-stall and the specs added that day.
export const SPEC_SECONDS: Readonly<Record<string, number>> = {
  'scene-bank › scene-bank.spec.ts': 159,
  'upload › screens.spec.ts': 129,
  'upload › a11y.spec.ts': 120,
  'upload › desk-handoff-trust.spec.ts': 92,
  'upload › desk-handoff.spec.ts': 85,
  'upload › customer-trust.spec.ts': 70,
  'upload › warnings-truth.spec.ts': 70,
  'upload › review-integrity.spec.ts': 63,
  'upload › journeys.spec.ts': 55,
  'camera › capture-camera.spec.ts': 46,
  'scene-bank › capture-stall.spec.ts': 45,
  'upload › layout-truths.spec.ts': 42,
  'upload › capture-token.spec.ts': 38,
  'reader-upload › local-reader.spec.ts': 38,
  'upload › device-reader.spec.ts': 43,
  'upload › offline.spec.ts': 36,
  'upload › errors.spec.ts': 34,
  'upload › compress.spec.ts': 31,
  'upload › keyboard.spec.ts': 28,
  'upload › keyboard-focus.spec.ts': 28,
  'upload › review.spec.ts': 24,
  'camera › photo-check.spec.ts': 24,
  'upload › record-delivery-faults.spec.ts': 23,
  'upload › customer-consent.spec.ts': 21,
  'upload › capture-upload.spec.ts': 21,
  'scene-bank › capture-specimen.spec.ts': 19,
  'upload › desk-handoff-failures.spec.ts': 18,
  'upload › upload-check.spec.ts': 17,
  'reader-upload › cross-check.spec.ts': 16,
  'reader-camera › local-reader-camera.spec.ts': 14,
  'camera-glare › capture-poor-feed.spec.ts': 13,
  'camera-blurred › capture-poor-feed.spec.ts': 12,
  'camera-dark › capture-poor-feed.spec.ts': 12,
  'camera-empty › capture-poor-feed.spec.ts': 11,
  'upload › csp.spec.ts': 9,
  'upload › upload.spec.ts': 9,
  'camera › csp-camera.spec.ts': 7,
  'upload › lazy-review.spec.ts': 7,
  'upload › record-delivery.spec.ts': 7,
  'reader-upload › real-card.spec.ts': 6,
  'camera › flow.spec.ts': 6,
  'camera-denied › camera-denied.spec.ts': 5,
  'no-camera › no-camera.spec.ts': 5,
  'no-camera › capture-no-camera.spec.ts': 4,
  'camera › review-next-customer.spec.ts': 4,
  // Skipped unless TOUR=1 (the screenshot tour is not part of CI).
  'upload › tour.spec.ts': 1,
  // Measured on a machine shared with other runs; the tours are skipped unless TOUR=1.
  'upload › step-focus-axe.spec.ts': 275,
  'upload › tour-customer.spec.ts': 1,
  'upload › tour-handoff.spec.ts': 1,
  'upload › phone-layouts.spec.ts': 215,
  // Reading on the device: its own apps, and the models' first download in the browser (measured alone, loaded machine)
  'upload › device-reading.spec.ts': 216,
}

/** A new spec's guess until it is measured: about the median spec. */
export const UNMEASURED_SECONDS = 20
