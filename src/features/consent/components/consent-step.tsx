// The customer's first step, before the camera opens: what will happen, the Personal Information Collection
// Statement (PDPO, DPP1), and an explicit agreement — not ticked — before "Continue". A reload of the same link
// after agreeing goes straight on (consent-memory.ts); a changed statement asks again.
import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_PICS_SETTINGS, type PicsSettings } from '#src/hkid/pics.ts'
import type { Consent } from '#src/hkid/verified-record.ts'
import type { Language } from '#src/i18n/languages.ts'
import { getClientConfig } from '#src/session/client-config.ts'
import { primaryButton } from '#src/ui/button-styles.ts'
import { StepHeading } from '#src/ui/step-heading.tsx'
import { linkId, rememberConsent, rememberedConsent } from '../lib/consent-memory.ts'
import { picsStatement, picsVersion, statementText } from '../lib/pics-statement.ts'

export function ConsentStep({ onConsent }: { onConsent: (consent: Consent) => void }) {
  const { t, i18n } = useTranslation()
  // i18next holds one of the app's languages (setup-i18n.ts picks it).
  const language: Language = i18n.language === 'zh-HK' ? 'zh-HK' : 'en'
  const [settings, setSettings] = useState<PicsSettings | null>(null)
  const [version, setVersion] = useState<{ text: string; version: string } | null>(null)
  const [agreed, setAgreed] = useState(false)
  const [link] = useState(() => linkId())
  const ids = { agree: useId(), hint: useId(), heading: useId() }

  useEffect(() => {
    let live = true
    void getClientConfig().then((config) => live && setSettings(config.pics ?? DEFAULT_PICS_SETTINGS))
    return () => {
      live = false
    }
  }, [])

  const statement = useMemo(() => settings && picsStatement(settings, language, t), [settings, language, t])
  const text = statement && statementText(statement)

  useEffect(() => {
    if (!settings || text === null) return
    let live = true
    void picsVersion(settings, text).then((made) => live && setVersion({ text, version: made }))
    return () => {
      live = false
    }
  }, [settings, text])

  const current = version?.text === text ? version?.version : undefined
  const remembered = useMemo(() => rememberedConsent(link), [link])
  const already = remembered !== null && remembered.picsVersion === current

  useEffect(() => {
    if (already) onConsent(remembered)
  }, [already, remembered, onConsent])

  // Nothing until the statement is known (a moment), and nothing when this link already agreed to it.
  if (!statement || !current || already) return null

  function agree() {
    if (!agreed || !current) return
    const consent: Consent = { picsVersion: current, language, consentedAt: new Date().toISOString() }
    rememberConsent(link, consent)
    onConsent(consent)
  }

  return (
    <section
      data-testid="consent-step"
      data-pics-version={current}
      className="mx-auto flex w-full max-w-2xl flex-col gap-5 rounded-2xl border border-slate-200 bg-white px-5 py-6 sm:px-8"
    >
      <StepHeading className="text-2xl">{t('consent.heading')}</StepHeading>
      <div className="flex flex-col gap-2">
        <p className="text-lg text-slate-700">{t('consent.lead')}</p>
        <ol className="list-decimal flex flex-col gap-1 ps-6 text-lg text-slate-800">
          <li>{t('consent.steps.photo')}</li>
          <li>{t('consent.steps.check')}</li>
          <li>{t('consent.steps.send', { business: statement.business })}</li>
        </ol>
      </div>
      <section
        aria-labelledby={ids.heading}
        data-testid="pics"
        className="flex flex-col gap-3 rounded-xl bg-slate-50 p-4 text-slate-800"
      >
        <h3 id={ids.heading} className="text-lg font-semibold">
          {statement.heading}
        </h3>
        {statement.parts.map((part) => (
          <div key={part.id} data-testid={`pics-${part.id}`}>
            <h4 className="font-semibold">{part.heading}</h4>
            <p>{part.text}</p>
          </div>
        ))}
      </section>
      <div className="flex items-start gap-3">
        <input
          id={ids.agree}
          type="checkbox"
          checked={agreed}
          onChange={(event) => setAgreed(event.target.checked)}
          className="mt-1 h-6 w-6 shrink-0 accent-teal-700"
        />
        <label htmlFor={ids.agree} className="text-lg text-slate-900">
          {statement.agree}
        </label>
      </div>
      <div className="flex flex-col items-stretch gap-2 sm:flex-row sm:items-center">
        <button
          type="button"
          disabled={!agreed}
          aria-describedby={agreed ? undefined : ids.hint}
          onClick={agree}
          className={`${primaryButton} disabled:cursor-not-allowed disabled:bg-slate-400 disabled:shadow-none`}
        >
          {t('consent.continue')}
        </button>
        {!agreed && (
          <p id={ids.hint} className="text-slate-600">
            {t('consent.agreeFirst')}
          </p>
        )}
      </div>
    </section>
  )
}
