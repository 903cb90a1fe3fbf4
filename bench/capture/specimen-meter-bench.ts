// The meter on the real specimen cards as a 720p webcam sees them (testing/capture/specimen-webcam.ts), with
// the operator's thresholds (a webcam on a desk): sharp frames fit to capture, out-of-focus and smeared ones
// refused. Rows for the tune and the held-out specimens apart; no browser needed, the meter is pure.
import { analysisFrame } from '#testing/capture/meter-frames.ts'
import {
  loadSpecimen,
  SPECIMENS,
  specimenShots,
  specimenWebcamFrame,
  type ShotLabel,
} from '#testing/capture/specimen-webcam.ts'
import { measureFrame, qualityIssues, type QualityIssue } from '#src/features/capture/lib/quality-meter.ts'
import { QUALITY_THRESHOLDS } from '#src/features/capture/lib/quality-thresholds.ts'
import type { BenchRow } from '../lib/bench-row.ts'

export interface SpecimenVerdict {
  file: string
  split: 'tune' | 'heldOut'
  label: ShotLabel
  issues: QualityIssue[]
  sharpness: number
  evenness: number
}

/** Every specimen shot through the meter; `log` hears each verdict as it comes. */
export function specimenVerdicts(log: (verdict: SpecimenVerdict) => void = () => {}): SpecimenVerdict[] {
  return SPECIMENS.flatMap((specimen, index) => {
    const card = loadSpecimen(specimen)
    return specimenShots(index).map(({ label, shot }) => {
      const { image, guide } = analysisFrame(specimenWebcamFrame(card, shot))
      const measures = measureFrame(image, guide)
      const verdict = {
        file: specimen.file,
        split: specimen.split,
        label,
        issues: qualityIssues(measures, 0, QUALITY_THRESHOLDS.operator),
        sharpness: measures.sharpness,
        evenness: measures.evenness,
      }
      log(verdict)
      return verdict
    })
  })
}

export function specimenRows(verdicts: SpecimenVerdict[]): BenchRow[] {
  return (['tune', 'heldOut'] as const).flatMap((split) => {
    const part = verdicts.filter((v) => v.split === split)
    const sharp = part.filter((v) => v.label === 'sharp')
    const captured = sharp.filter((v) => v.issues.length === 0)
    const focused = sharp.filter((v) => !v.issues.includes('blur') && !v.issues.includes('moving'))
    const blurred = part.filter((v) => v.label !== 'sharp')
    const wrong = blurred.filter((v) => v.issues.length === 0)
    const name = split === 'tune' ? 'tune specimens' : 'held-out specimens'
    const share = (n: number, of: number) => (of ? (100 * n) / of : 0)
    return [
      {
        name: `real specimens on a 720p webcam, ${name}: sharp frames fit to capture (${captured.length} of ${sharp.length}; ${focused.length} pass focus)`,
        measured: share(captured.length, sharp.length),
        unit: '%',
        budget: '100 %',
        met: captured.length === sharp.length,
      },
      {
        name: `real specimens on a 720p webcam, ${name}: blurred or smeared frames fit to capture (${wrong.length} of ${blurred.length})`,
        measured: share(wrong.length, blurred.length),
        unit: '%',
        budget: '0 %',
        met: wrong.length === 0,
      },
    ]
  })
}
