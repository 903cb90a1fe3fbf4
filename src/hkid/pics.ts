// The Personal Information Collection Statement (PICS, 收集個人資料聲明) a customer reads and agrees to before
// the camera opens (PDPO, DPP1): the business's own words for its name, purpose, transferees and contact, as the
// server gives them (PICS_* settings, docs/journeys.md). Anything left unset takes the app's default wording.
import { z } from 'zod'

/** One setting in each language the app speaks; a setting given once is the same in both. */
export const inEachLanguageSchema = z.object({ en: z.string().min(1), 'zh-HK': z.string().min(1) })
export type InEachLanguage = z.infer<typeof inEachLanguageSchema>

export const picsSettingsSchema = z.object({
  /** The business the customer is sending their card to (PICS_BUSINESS_NAME); null: the default wording */
  businessName: inEachLanguageSchema.nullable(),
  /** Why the data are collected (PICS_PURPOSE) */
  purpose: inEachLanguageSchema.nullable(),
  /** Who the data may go to (PICS_TRANSFEREES) */
  transferees: inEachLanguageSchema.nullable(),
  /** Whom to ask for access or correction, and how (PICS_CONTACT) */
  contact: inEachLanguageSchema.nullable(),
  /** PICS_VERSION; null: the version is a hash of the text shown */
  version: z.string().nullable(),
  /** Who reads the card: Tencent Cloud (a transferee the default wording names) or this server alone */
  cardReader: z.enum(['tencent', 'local']),
})
export type PicsSettings = z.infer<typeof picsSettingsSchema>

/** What holds when the server gives no PICS settings: the default wording, and the local reader. */
export const DEFAULT_PICS_SETTINGS: PicsSettings = {
  businessName: null,
  purpose: null,
  transferees: null,
  contact: null,
  version: null,
  cardReader: 'local',
}
