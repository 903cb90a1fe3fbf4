// The operator's setting to see each photo before it is sent (customers always do). Loaded with its
// strings after the first screen: it is one switch among the operator's settings.
import { useTranslation } from 'react-i18next'
import { usePhotoCheck } from '../lib/capture-settings.ts'
import { SettingSwitch } from './camera-controls.tsx'

export function PhotoCheckSwitch() {
  const { t } = useTranslation()
  const [on, setOn] = usePhotoCheck()
  return (
    <SettingSwitch on={on} onChange={setOn} label={t('photo.setting.label')} hint={t('photo.setting.hint')} />
  )
}
