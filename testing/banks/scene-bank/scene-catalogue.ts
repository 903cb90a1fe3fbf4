// The capture meter's scenes, listed by hand so each one says what it is for: good scenes across card tints
// from white to the specimen's lilac, desks, light levels, colour casts and tilt — every one must auto-capture —
// and faulty scenes, each with one fault the meter must name instead of capturing.
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

type Extra = Partial<
  Omit<SceneDef, 'id' | 'label' | 'note' | 'tint' | 'desk' | 'gain' | 'cast' | 'rotationDeg'>
>

function scene(
  id: string,
  label: SceneLabel,
  tint: TintName | null,
  desk: readonly [BackgroundKind, number],
  gain: number,
  cast: CastName,
  rotationDeg: number,
  note: string,
  extra: Extra = {},
): SceneDef {
  return { id, label, note, tint, desk, gain, cast, rotationDeg, ...extra }
}

const good = (
  id: string,
  ...rest: Parameters<typeof scene> extends [string, SceneLabel, ...infer R] ? R : never
) => scene(id, 'good', ...rest)

export const SCENES: readonly SceneDef[] = [
  // Pale cards in bright light: the print is readable, there is no reflection. These must capture.
  good(
    'good-white-bright-grey-desk',
    'white',
    ['plain', 2],
    1.0,
    'none',
    0,
    'near-white card, bright light, no glare: once called glare',
  ),
  good(
    'good-nearwhite-bright-oak',
    'nearWhite',
    ['wood', 0],
    1.0,
    'none',
    2,
    'pale card in bright light on oak',
  ),
  good(
    'good-white-on-white-desk',
    'white',
    ['plain', 0],
    0.95,
    'none',
    -1,
    'white card on a white desk: low edge contrast',
  ),
  good(
    'good-white-overexposed-black',
    'white',
    ['plain', 1],
    1.1,
    'none',
    1,
    'overexposed paper, print still readable',
  ),
  good(
    'good-nearwhite-bright-navy-cool',
    'nearWhite',
    ['plain', 3],
    1.06,
    'cool',
    -2,
    'bright daylight-white light',
  ),
  good('good-white-bright-granite-tilted', 'white', ['granite', 0], 1.03, 'cool', -5, 'bright, tilted 5°'),
  good(
    'good-pink-bright-whitewash',
    'palePink',
    ['wood', 3],
    1.04,
    'none',
    -3,
    'pale card on a pale desk, bright',
  ),
  good('good-white-plain-card-navy-warm', 'white', ['plain', 3], 1.0, 'warm', 0, 'no guilloche at all', {
    guilloche: 0,
  }),
  // Every tint on ordinary desks and light.
  good('good-blue-walnut-warm', 'paleBlue', ['wood', 1], 0.85, 'warm', 3, 'tungsten light'),
  good('good-blue-linen', 'paleBlue', ['linen', 0], 0.9, 'none', -3, 'fabric desk'),
  good('good-blue-granite-cool', 'paleBlue', ['granite', 0], 1.0, 'cool', 0, 'speckled stone'),
  good('good-grey-greybrown-wood', 'paleGrey', ['wood', 2], 0.85, 'none', 4, 'the fixtures’ desk'),
  good(
    'good-grey-green-mat-fluorescent',
    'paleGrey',
    ['plain', 4],
    0.95,
    'green',
    1,
    'cutting mat, fluorescent light',
  ),
  good('good-grey-stripes', 'paleGrey', ['stripes', 0], 0.8, 'none', -4, 'striped cloth'),
  good('good-pink-beige-warm', 'palePink', ['plain', 5], 0.9, 'warm', 2, 'beige desk, warm light'),
  good(
    'good-pink-blue-gingham',
    'palePink',
    ['checks', 1],
    0.88,
    'none',
    -2,
    'blue gingham: strong pattern edges',
  ),
  good('good-pink-granite-bright', 'palePink', ['granite', 1], 1.02, 'none', 0, 'light stone'),
  good('good-lilac-fixture-desk', 'lilac', ['wood', 2], 0.88, 'none', 0, 'like the committed fixture'),
  good('good-lilac-black-cool', 'lilac', ['plain', 1], 0.9, 'cool', 3, 'black desk'),
  good(
    'good-lilac-newsprint',
    'lilac',
    ['newsprint', 0],
    0.85,
    'none',
    -1,
    'on a newspaper: text around the card',
  ),
  good('good-lilac-red-gingham-warm', 'lilac', ['checks', 0], 0.9, 'warm', 2, 'red gingham'),
  good('good-lilac-heavy-guilloche', 'lilac', ['plain', 2], 1.0, 'none', 0, 'heavy guilloche', {
    guilloche: 1.5,
  }),
  good(
    'good-nearwhite-newsprint-tilted',
    'nearWhite',
    ['newsprint', 0],
    0.95,
    'none',
    5,
    'tilted 5° on newsprint',
  ),
  good('good-grey-dark-gingham-perspective', 'paleGrey', ['checks', 2], 1.0, 'none', 3, 'seen at an angle', {
    tiltXDeg: 6,
    tiltYDeg: -4,
  }),
  // Dim but usable light.
  good('good-white-dim-oak-warm', 'white', ['wood', 0], 0.6, 'warm', -2, 'dim evening light'),
  good('good-nearwhite-dim-grey', 'nearWhite', ['plain', 2], 0.55, 'none', 1, 'dim room'),
  good('good-blue-dim-stripes-green', 'paleBlue', ['stripes', 1], 0.6, 'green', -3, 'dim fluorescent'),
  good('good-lilac-dim-linen-magenta', 'lilac', ['linen', 1], 0.58, 'magenta', 4, 'dim, odd white balance'),

  // Faults: one each, so the meter's advice can be checked per fault.
  scene(
    'glare-white-bright-grey-desk',
    'glare',
    'white',
    ['plain', 2],
    1.0,
    'none',
    0,
    'the bright white card with a reflection over the name',
    { glare: { at: [0.47, 0.4], size: 0.16 } },
  ),
  scene(
    'glare-lilac-fixture-desk',
    'glare',
    'lilac',
    ['wood', 2],
    0.88,
    'none',
    1,
    'reflection over the date of birth',
    { glare: { at: [0.45, 0.6], size: 0.14 } },
  ),
  scene(
    'glare-blue-linen-warm',
    'glare',
    'paleBlue',
    ['linen', 0],
    0.9,
    'warm',
    -2,
    'large reflection across the text',
    { glare: { at: [0.55, 0.5], size: 0.22 } },
  ),
  scene(
    'glare-nearwhite-gingham-id',
    'glare',
    'nearWhite',
    ['checks', 1],
    0.95,
    'none',
    2,
    'small reflection over the ID number',
    { glare: { at: [0.62, 0.84], size: 0.11 } },
  ),
  scene('motion-grey-oak', 'motionBlur', 'paleGrey', ['wood', 0], 0.9, 'none', 0, 'hand moving sideways', {
    blur: { kind: 'motion', px: 18, angle: 0 },
  }),
  scene('motion-white-grey-desk', 'motionBlur', 'white', ['plain', 2], 1.0, 'none', 2, 'diagonal shake', {
    blur: { kind: 'motion', px: 14, angle: 0.5 },
  }),
  scene('motion-lilac-granite', 'motionBlur', 'lilac', ['granite', 0], 0.85, 'none', -1, 'vertical shake', {
    blur: { kind: 'motion', px: 22, angle: 1.4 },
  }),
  scene('defocus-nearwhite-walnut', 'defocus', 'nearWhite', ['wood', 1], 0.9, 'none', 1, 'out of focus', {
    blur: { kind: 'defocus', px: 4 },
  }),
  scene(
    'defocus-pink-white-desk',
    'defocus',
    'palePink',
    ['plain', 0],
    0.95,
    'none',
    -2,
    'out of focus, pale on pale',
    { blur: { kind: 'defocus', px: 5 } },
  ),
  scene(
    'defocus-lilac-stripes',
    'defocus',
    'lilac',
    ['stripes', 0],
    0.88,
    'warm',
    0,
    'slightly out of focus',
    { blur: { kind: 'defocus', px: 3.5 } },
  ),
  scene(
    'finger-blue-oak-br',
    'finger',
    'paleBlue',
    ['wood', 0],
    0.9,
    'none',
    1,
    'thumb over the bottom-right corner',
    { finger: 2 },
  ),
  scene(
    'finger-white-grey-tl',
    'finger',
    'white',
    ['plain', 2],
    1.0,
    'none',
    -1,
    'finger over the top-left corner',
    { finger: 0 },
  ),
  scene(
    'finger-lilac-green-mat-bl',
    'finger',
    'lilac',
    ['plain', 4],
    0.9,
    'none',
    2,
    'thumb over the bottom-left corner',
    { finger: 3 },
  ),
  scene(
    'small-white-fixture-desk',
    'tooSmall',
    'white',
    ['wood', 2],
    1.0,
    'none',
    0,
    'card far from the camera',
    { widthShare: 0.34 },
  ),
  scene('small-lilac-red-gingham', 'tooSmall', 'lilac', ['checks', 0], 0.9, 'none', 3, 'far, on a pattern', {
    widthShare: 0.38,
  }),
  scene('small-grey-black', 'tooSmall', 'paleGrey', ['plain', 1], 0.9, 'none', -2, 'very far', {
    widthShare: 0.3,
  }),
  scene('nocard-fixture-desk', 'noCard', null, ['wood', 2], 0.88, 'none', 0, 'the desk alone'),
  scene(
    'nocard-red-gingham',
    'noCard',
    null,
    ['checks', 0],
    0.9,
    'none',
    0,
    'a pattern with card-like edges',
  ),
  scene('nocard-grey-desk', 'noCard', null, ['plain', 2], 1.0, 'none', 0, 'an empty plain desk'),
  scene(
    'dark-white-oak',
    'tooDark',
    'white',
    ['wood', 0],
    0.2,
    'none',
    0,
    'lights off: even a white card is dark',
  ),
  scene('dark-lilac-grey', 'tooDark', 'lilac', ['plain', 2], 0.22, 'warm', 1, 'very dim, warm'),
  scene('dark-pink-linen', 'tooDark', 'palePink', ['linen', 0], 0.25, 'none', -1, 'very dim'),
]
