// The collection statement's settings (docs/journeys.md): the business's name, purpose, transferees and contact,
// each with an optional Traditional Chinese wording (_ZH_HK), and an optional PICS_VERSION. Validated with the
// rest of config.ts; a message names the setting, never its text.
import { z } from 'zod'
import type { InEachLanguage, PicsSettings } from '#src/hkid/pics.ts'

// Printable text on one line: a statement's parts are sentences, and a stray control character would show.
const ONE_LINE = /^[^\p{Cc}]*$/u

const statementText = (max: number) =>
  z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(
      z
        .string()
        .max(max, `must be at most ${max} characters`)
        .regex(ONE_LINE, 'must be one line of text (no line breaks or control characters)')
        .optional(),
    )
    .optional()

export const picsEnvFields = {
  PICS_BUSINESS_NAME: statementText(100),
  PICS_BUSINESS_NAME_ZH_HK: statementText(100),
  PICS_PURPOSE: statementText(600),
  PICS_PURPOSE_ZH_HK: statementText(600),
  PICS_TRANSFEREES: statementText(600),
  PICS_TRANSFEREES_ZH_HK: statementText(600),
  PICS_CONTACT: statementText(300),
  PICS_CONTACT_ZH_HK: statementText(300),
  PICS_VERSION: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9._:-]{1,64}$/, 'must be 1–64 of letters, digits, `.`, `_`, `:`, `-`')
        .optional(),
    )
    .optional(),
}

type PicsEnv = { [K in keyof typeof picsEnvFields]?: string | undefined }

function inEachLanguage(en: string | undefined, zhHK: string | undefined): InEachLanguage | null {
  const either = en ?? zhHK
  return either ? { en: en ?? either, 'zh-HK': zhHK ?? either } : null
}

/** The settings the browser shows the statement with; `tencent`: Tencent Cloud reads the card photo. */
export function picsFromConfig(env: PicsEnv, tencent: boolean): PicsSettings {
  return {
    businessName: inEachLanguage(env.PICS_BUSINESS_NAME, env.PICS_BUSINESS_NAME_ZH_HK),
    purpose: inEachLanguage(env.PICS_PURPOSE, env.PICS_PURPOSE_ZH_HK),
    transferees: inEachLanguage(env.PICS_TRANSFEREES, env.PICS_TRANSFEREES_ZH_HK),
    contact: inEachLanguage(env.PICS_CONTACT, env.PICS_CONTACT_ZH_HK),
    version: env.PICS_VERSION ?? null,
    cardReader: tencent ? 'tencent' : 'local',
  }
}
