// How a drawn card looks, apart from what it says: the tint of its stock, how strong the guilloche is, and which
// generation of card it is. Real HKIDs are pale; the specimen's grey-lilac is the darkest tint here.
import { z } from 'zod'
import { hkidVersions } from './printed-card.ts'

export interface Tint {
  /** Four stops of the diagonal background gradient. */
  stops: readonly [string, string, string, string]
  /** Line colours: two wave families, then the rosettes. */
  lines: readonly [string, string, string, string]
}

export const TINTS = {
  white: {
    stops: ['#fbfbfa', '#f9f9f8', '#fafaf9', '#f7f8f8'],
    lines: ['#c3cad6', '#cfc8d8', '#bcc5d4', '#c9c0d6'],
  },
  nearWhite: {
    stops: ['#f3f6f9', '#f6f4f8', '#f7f5f6', '#f0f4f7'],
    lines: ['#b9c6db', '#cbbfd9', '#b3c1da', '#c2b3d8'],
  },
  paleBlue: {
    stops: ['#e5eef9', '#e8eef8', '#ecf1f8', '#e0eaf6'],
    lines: ['#a3b9de', '#b2bfdf', '#97addb', '#a8b4dc'],
  },
  paleGrey: {
    stops: ['#eceeef', '#e8e9eb', '#eeefef', '#e5e7e9'],
    lines: ['#b1b7c0', '#bdb8c2', '#a8afba', '#b7afbf'],
  },
  palePink: {
    stops: ['#f7eaef', '#f4e8f0', '#f8ecee', '#f2e7ee'],
    lines: ['#dcb3c6', '#cdb0d6', '#d6a6bd', '#c59fd0'],
  },
  lilac: {
    stops: ['#e3ecf7', '#e9e4f4', '#ece2f0', '#dfe9f5'],
    lines: ['#a9bde0', '#c6b2df', '#9fb3dc', '#b59ad8'],
  },
} as const satisfies Record<string, Tint>

export type TintName = keyof typeof TINTS
export const tintNames = Object.keys(TINTS) as [TintName, ...TintName[]]

export const cardLookSchema = z.object({
  tint: z.enum(tintNames),
  /** 0 = no guilloche; 1 = the specimen's; up to 1.6 = heavier than the specimen */
  guilloche: z.number().min(0).max(1.6),
  version: z.enum(hkidVersions),
  /** Varies the drawn portrait silhouette (hair, head size, shade): no real person either way */
  portraitSeed: z.number().int().nonnegative(),
})
export type CardLook = z.infer<typeof cardLookSchema>

/** The committed specimen fixture's look. */
export const SPECIMEN_LOOK: CardLook = { tint: 'lilac', guilloche: 1, version: 'HKID-2018', portraitSeed: 0 }
