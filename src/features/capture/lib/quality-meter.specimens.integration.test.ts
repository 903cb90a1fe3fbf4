// The meter on the real card's print: the Immigration Department's specimens (testing/real-cards) as a 720p
// webcam on a desk sees them (testing/capture/specimen-webcam.ts). Sharp frames must pass the focus gate even
// though the real card is mostly smooth around thin rows of text; the same frames out of focus or smeared by a
// moving hand must not. The held-out specimens (two HKID-2018, both HKID-2003) were never used to set anything.
import { describe, expect, it } from 'vitest'
import { analysisFrame } from '#testing/capture/meter-frames.ts'
import {
  loadSpecimen,
  SPECIMENS,
  specimenShots,
  specimenWebcamFrame,
} from '#testing/capture/specimen-webcam.ts'
import { measureFrame, qualityIssues } from './quality-meter.ts'
import { QUALITY_THRESHOLDS } from './quality-thresholds.ts'

/** The issues that are about focus: what the sharpness gate says. */
const FOCUS = ['blur', 'moving'] as const

function focusVerdicts(split: 'tune' | 'heldOut') {
  return SPECIMENS.flatMap((specimen, index) => {
    if (specimen.split !== split) return []
    const card = loadSpecimen(specimen)
    return specimenShots(index).map(({ label, shot }) => {
      const { image, guide } = analysisFrame(specimenWebcamFrame(card, shot))
      const issues = qualityIssues(measureFrame(image, guide), 0, QUALITY_THRESHOLDS.operator)
      const focus = issues.filter((issue) => (FOCUS as readonly string[]).includes(issue))
      return { name: `${specimen.file} ${label} (${shot.range})`, label, focus }
    })
  })
}

describe.each(['tune', 'heldOut'] as const)('real specimens on a 720p webcam, %s part', (split) => {
  it(
    'sharp frames pass the focus gate; defocused ones are blurred, smeared ones moving',
    { timeout: 600_000 },
    () => {
      const verdicts = focusVerdicts(split)
      expect(verdicts.length).toBeGreaterThanOrEqual(12)
      const expected = { sharp: [], defocus: ['blur'], motion: ['moving'] }
      const wrong = verdicts
        .filter((v) => JSON.stringify(v.focus) !== JSON.stringify(expected[v.label]))
        .map((v) => `${v.name}: ${JSON.stringify(v.focus)}`)
      expect(wrong).toEqual([])
    },
  )
})
