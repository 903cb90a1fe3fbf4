// One button to the other language, labelled in that language so a reader of it can find it. On every
// screen: the header, and the self-service camera's full-screen dialog (`dark`).
import { useTranslation } from 'react-i18next'
import { chooseLanguage } from './setup-i18n.ts'

export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { t, i18n } = useTranslation()
  const toChinese = i18n.language !== 'zh-HK'
  return (
    <button
      type="button"
      onClick={() => chooseLanguage(toChinese ? 'zh-HK' : 'en')}
      lang={toChinese ? 'zh-HK' : 'en'}
      data-testid="language-switch"
      className={`min-h-11 min-w-11 shrink-0 rounded-full border px-3 text-sm font-semibold whitespace-nowrap focus-visible:outline-3 focus-visible:outline-offset-2 ${
        dark
          ? 'border-white/40 text-white hover:bg-white/10 focus-visible:outline-teal-300'
          : 'border-slate-300 text-slate-700 hover:bg-slate-100 focus-visible:outline-teal-700'
      }`}
    >
      <span className="sr-only" lang={i18n.language}>
        {t('app.language')}:{' '}
      </span>
      {toChinese ? '中文' : 'English'}
    </button>
  )
}
