// The capture meter's scenes, listed by hand so each one says what it is for: good scenes across card tints
// from white to the specimen's lilac, desks, light levels, colour casts and tilt — every one must auto-capture —
// and faulty scenes, each with one fault the meter must name instead of capturing.
import type { CardDesign } from '#testing/cards/card-design.ts'
import type { TintName } from '#testing/cards/card-look.ts'
import type { BackgroundKind } from '#testing/banks/shared/backgrounds-lib.ts'
import type { CastName } from '#testing/banks/shared/scene-palette.ts'

export const sceneLabels = [
  'good',
  'glare',
  'motionBlur',
  'defocus',
  'finger',
  'tooSmall',
  'noCard',
  'tooDark',
] as const
export type SceneLabel = (typeof sceneLabels)[number]

export interface SceneDef {
  id: string
  label: SceneLabel
  note: string
  /** null: no card in the scene */
  tint: TintName | null
  /** The card's design; 'drawn' unless the row says `real` (the real-like card ignores the tint: its colours are the real card's) */
  design: CardDesign
  /** Guilloche strength; default seeded in 0.4–1.3 */
  guilloche?: number
  /** [kind, index into DESK_COLOURS[kind]] */
  desk: readonly [BackgroundKind, number]
  gain: number
  cast: CastName
  rotationDeg: number
  tiltXDeg?: number
  tiltYDeg?: number
  /** Card width over frame width; default 0.6–0.68 (75–85% of the capture guide) */
  widthShare?: number
  /** Glare spot centre on the card (shares of its width and height) and size (share of card width) */
  glare?: { at: readonly [number, number]; size: number }
  blur?: { kind: 'defocus'; px: number } | { kind: 'motion'; px: number; angle: number }
  /** Which card corner a finger covers: 0 TL, 1 TR, 2 BR, 3 BL */
  finger?: 0 | 1 | 2 | 3
}

/** The group a scene's split is stratified in: the drawn scenes keep their old groups, so their held-out part too. */
export function sceneSplitGroup(def: Pick<SceneDef, 'label' | 'design'>): string {
  return def.design === 'drawn' ? def.label : `real-like:${def.label}`
}

/**
 * One scene per row: `id | label | tint | desk | gain | cast | rotation° | extras | note`. Extras, space-separated:
 * `g=1.5` guilloche, `tilt=6,-4` tilt about x and y (°), `share=0.34` card width / frame width,
 * `glare=0.47,0.4,0.16` spot centre on the card (shares) and size (share of card width), `motion=18,0.5` blur
 * length (px) and angle (rad), `defocus=4` blur radius (px), `finger=2` corner covered (0 TL, 1 TR, 2 BR, 3 BL),
 * `real` the real-like card design instead of the drawn one.
 */
function parseScenes(table: string): SceneDef[] {
  const numbers = (v: string) => v.split(',').map(Number)
  return table
    .trim()
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('//'))
    .map((line) => {
      const [id, label, tint, desk, gain, cast, rotation, extras, note] = line.split('|').map((c) => c.trim())
      const [kind, colour] = desk!.split(':')
      const def: SceneDef = {
        id: id!,
        label: label as SceneLabel,
        note: note!,
        tint: tint === '-' ? null : (tint as TintName),
        design: 'drawn',
        desk: [kind as BackgroundKind, Number(colour)],
        gain: Number(gain),
        cast: cast as CastName,
        rotationDeg: Number(rotation),
      }
      for (const extra of extras!.split(/\s+/).filter((e) => e !== '-')) {
        const [key, value = ''] = extra.split('=')
        const v = numbers(value)
        if (key === 'g') def.guilloche = v[0]!
        else if (key === 'tilt') [def.tiltXDeg, def.tiltYDeg] = v as [number, number]
        else if (key === 'share') def.widthShare = v[0]!
        else if (key === 'glare') def.glare = { at: [v[0]!, v[1]!], size: v[2]! }
        else if (key === 'motion') def.blur = { kind: 'motion', px: v[0]!, angle: v[1]! }
        else if (key === 'defocus') def.blur = { kind: 'defocus', px: v[0]! }
        else if (key === 'finger') def.finger = v[0] as 0 | 1 | 2 | 3
        else if (key === 'real') def.design = 'real-like'
        else throw new Error(`scene ${id}: unknown extra "${extra}"`)
      }
      if (
        !sceneLabels.includes(def.label) ||
        [def.gain, def.rotationDeg, ...def.desk.slice(1)].some(Number.isNaN)
      )
        throw new Error(`scene ${id}: bad row`)
      return def
    })
}

// prettier-ignore
export const SCENES: readonly SceneDef[] = parseScenes(`
  // Pale cards in bright light: the print is readable, there is no reflection. These must capture.
  good-white-bright-grey-desk        | good | white     | plain:2     | 1.00 | none    |  0 | -             | near-white card, bright light, no glare: once called glare
  good-nearwhite-bright-oak          | good | nearWhite | wood:0      | 1.00 | none    |  2 | -             | pale card in bright light on oak
  good-white-on-white-desk           | good | white     | plain:0     | 0.95 | none    | -1 | -             | white card on a white desk: low edge contrast
  good-white-overexposed-black       | good | white     | plain:1     | 1.10 | none    |  1 | -             | overexposed paper, print still readable
  good-nearwhite-bright-navy-cool    | good | nearWhite | plain:3     | 1.06 | cool    | -2 | -             | bright daylight-white light
  good-white-bright-granite-tilted   | good | white     | granite:0   | 1.03 | cool    | -5 | -             | bright, tilted 5°
  good-pink-bright-whitewash         | good | palePink  | wood:3      | 1.04 | none    | -3 | -             | pale card on a pale desk, bright
  good-white-plain-card-navy-warm    | good | white     | plain:3     | 1.00 | warm    |  0 | g=0           | no guilloche at all
  // Every tint on ordinary desks and light.
  good-blue-walnut-warm              | good | paleBlue  | wood:1      | 0.85 | warm    |  3 | -             | tungsten light
  good-blue-linen                    | good | paleBlue  | linen:0     | 0.90 | none    | -3 | -             | fabric desk
  good-blue-granite-cool             | good | paleBlue  | granite:0   | 1.00 | cool    |  0 | -             | speckled stone
  good-grey-greybrown-wood           | good | paleGrey  | wood:2      | 0.85 | none    |  4 | -             | the fixtures' desk
  good-grey-green-mat-fluorescent    | good | paleGrey  | plain:4     | 0.95 | green   |  1 | -             | cutting mat, fluorescent light
  good-grey-stripes                  | good | paleGrey  | stripes:0   | 0.80 | none    | -4 | -             | striped cloth
  good-pink-beige-warm               | good | palePink  | plain:5     | 0.90 | warm    |  2 | -             | beige desk, warm light
  good-pink-blue-gingham             | good | palePink  | checks:1    | 0.88 | none    | -2 | -             | blue gingham: strong pattern edges
  good-pink-granite-bright           | good | palePink  | granite:1   | 1.02 | none    |  0 | -             | light stone
  good-lilac-fixture-desk            | good | lilac     | wood:2      | 0.88 | none    |  0 | -             | like the committed fixture
  good-lilac-black-cool              | good | lilac     | plain:1     | 0.90 | cool    |  3 | -             | black desk
  good-lilac-newsprint               | good | lilac     | newsprint:0 | 0.85 | none    | -1 | -             | on a newspaper: text around the card
  good-lilac-red-gingham-warm        | good | lilac     | checks:0    | 0.90 | warm    |  2 | -             | red gingham
  good-lilac-heavy-guilloche         | good | lilac     | plain:2     | 1.00 | none    |  0 | g=1.5         | heavy guilloche
  good-nearwhite-newsprint-tilted    | good | nearWhite | newsprint:0 | 0.95 | none    |  5 | -             | tilted 5° on newsprint
  good-grey-dark-gingham-perspective | good | paleGrey  | checks:2    | 1.00 | none    |  3 | tilt=6,-4     | seen at an angle
  // Dim but usable light.
  good-white-dim-oak-warm            | good | white     | wood:0      | 0.60 | warm    | -2 | -             | dim evening light
  good-nearwhite-dim-grey            | good | nearWhite | plain:2     | 0.55 | none    |  1 | -             | dim room
  good-blue-dim-stripes-green        | good | paleBlue  | stripes:1   | 0.60 | green   | -3 | -             | dim fluorescent
  good-lilac-dim-linen-magenta       | good | lilac     | linen:1     | 0.58 | magenta |  4 | -             | dim, odd white balance
  // Faults: one each, so the meter's advice can be checked per fault.
  glare-white-bright-grey-desk | glare      | white     | plain:2     | 1.00 | none |  0 | glare=0.47,0.4,0.16  | the bright white card with a reflection over the name
  glare-lilac-fixture-desk     | glare      | lilac     | wood:2      | 0.88 | none |  1 | glare=0.45,0.6,0.14  | reflection over the date of birth
  glare-blue-linen-warm        | glare      | paleBlue  | linen:0     | 0.90 | warm | -2 | glare=0.55,0.5,0.22  | large reflection across the text
  glare-nearwhite-gingham-id   | glare      | nearWhite | checks:1    | 0.95 | none |  2 | glare=0.62,0.84,0.11 | small reflection over the ID number
  motion-grey-oak              | motionBlur | paleGrey  | wood:0      | 0.90 | none |  0 | motion=18,0          | hand moving sideways
  motion-white-grey-desk       | motionBlur | white     | plain:2     | 1.00 | none |  2 | motion=14,0.5        | diagonal shake
  motion-lilac-granite         | motionBlur | lilac     | granite:0   | 0.85 | none | -1 | motion=22,1.4        | vertical shake
  defocus-nearwhite-walnut     | defocus    | nearWhite | wood:1      | 0.90 | none |  1 | defocus=4            | out of focus
  defocus-pink-white-desk      | defocus    | palePink  | plain:0     | 0.95 | none | -2 | defocus=5            | out of focus, pale on pale
  defocus-lilac-stripes        | defocus    | lilac     | stripes:0   | 0.88 | warm |  0 | defocus=3.5          | slightly out of focus
  finger-blue-oak-br           | finger     | paleBlue  | wood:0      | 0.90 | none |  1 | finger=2             | thumb over the bottom-right corner
  finger-white-grey-tl         | finger     | white     | plain:2     | 1.00 | none | -1 | finger=0             | finger over the top-left corner
  finger-lilac-green-mat-bl    | finger     | lilac     | plain:4     | 0.90 | none |  2 | finger=3             | thumb over the bottom-left corner
  small-white-fixture-desk     | tooSmall   | white     | wood:2      | 1.00 | none |  0 | share=0.34           | card far from the camera
  small-lilac-red-gingham      | tooSmall   | lilac     | checks:0    | 0.90 | none |  3 | share=0.38           | far, on a pattern
  small-grey-black             | tooSmall   | paleGrey  | plain:1     | 0.90 | none | -2 | share=0.3            | very far
  nocard-fixture-desk          | noCard     | -         | wood:2      | 0.88 | none |  0 | -                    | the desk alone
  nocard-red-gingham           | noCard     | -         | checks:0    | 0.90 | none |  0 | -                    | a pattern with card-like edges
  nocard-grey-desk             | noCard     | -         | plain:2     | 1.00 | none |  0 | -                    | an empty plain desk
  dark-white-oak               | tooDark    | white     | wood:0      | 0.20 | none |  0 | -                    | lights off: even a white card is dark
  dark-lilac-grey              | tooDark    | lilac     | plain:2     | 0.22 | warm |  1 | -                    | very dim, warm
  dark-pink-linen              | tooDark    | palePink  | linen:0     | 0.25 | none | -1 | -                    | very dim
  // The real-like card (the real card's print: OCR-B, Bauhinia, large smooth areas between fine guilloche), about
  // 65 % of a 720p frame's width as a webcam sees it held to the guide.
  real-good-oak                | good       | lilac     | wood:0      | 0.90 | none |  1 | real share=0.65                 | real-like 2018/2003 card on oak
  real-good-grey-desk-bright   | good       | white     | plain:2     | 1.02 | none | -2 | real share=0.65                 | bright light, pale desk
  real-good-black-cool         | good       | lilac     | plain:1     | 0.90 | cool |  2 | real share=0.64                 | black desk, cool light
  real-good-linen-warm         | good       | lilac     | linen:0     | 0.85 | warm | -1 | real share=0.66                 | fabric desk, warm light
  real-good-newsprint          | good       | lilac     | newsprint:0 | 0.90 | none |  3 | real share=0.65                 | on a newspaper
  real-good-gingham            | good       | lilac     | checks:1    | 0.92 | none | -3 | real share=0.63                 | strong pattern edges
  real-good-dim-walnut         | good       | lilac     | wood:1      | 0.60 | warm |  0 | real share=0.65                 | dim evening light
  real-good-granite-tilted     | good       | lilac     | granite:0   | 1.00 | none |  5 | real share=0.64 tilt=4,-3       | tilted 5°, seen at an angle
  real-glare-grey-desk         | glare      | lilac     | plain:2     | 1.00 | none |  0 | real glare=0.3,0.3,0.16         | reflection over the English name
  real-glare-oak-number        | glare      | lilac     | wood:0      | 0.90 | none |  1 | real glare=0.8,0.88,0.12        | reflection over the number
  real-motion-oak              | motionBlur | lilac     | wood:0      | 0.90 | none |  0 | real share=0.65 motion=16,0     | hand moving sideways
  real-motion-granite          | motionBlur | lilac     | granite:0   | 0.90 | none | -1 | real share=0.65 motion=20,1.3   | vertical shake
  real-defocus-walnut          | defocus    | lilac     | wood:1      | 0.90 | none |  1 | real share=0.65 defocus=4       | out of focus
  real-defocus-grey-desk       | defocus    | lilac     | plain:2     | 1.00 | none | -2 | real share=0.65 defocus=3.5     | slightly out of focus
  real-finger-oak-br           | finger     | lilac     | wood:0      | 0.90 | none |  1 | real share=0.65 finger=2        | thumb over the bottom-right corner
  real-finger-grey-tl          | finger     | lilac     | plain:2     | 1.00 | none | -1 | real share=0.65 finger=0        | finger over the top-left corner
  real-small-oak               | tooSmall   | lilac     | wood:0      | 0.95 | none |  0 | real share=0.34                 | far from the camera
  real-small-black             | tooSmall   | lilac     | plain:1     | 0.90 | none |  2 | real share=0.3                  | very far
  real-dark-oak                | tooDark    | lilac     | wood:0      | 0.20 | none |  0 | real                            | lights off
  real-dark-grey               | tooDark    | lilac     | plain:2     | 0.24 | warm | -1 | real                            | very dim, warm
`)
