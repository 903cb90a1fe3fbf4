// Settings beside the preview: auto-capture on/off, the camera picker (desktop) and the torch.
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { CameraDevice } from '../hooks/use-camera-source.ts'

interface SettingSwitchProps {
  on: boolean
  onChange: (on: boolean) => void
  label: string
  /** Shown under the label on the light panel; left out on the dark camera screen. */
  hint?: string | undefined
  dark?: boolean
}

export function SettingSwitch({ on, onChange, label, hint, dark = false }: SettingSwitchProps) {
  const hintId = useId()
  const showHint = !dark && hint
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      aria-describedby={showHint ? hintId : undefined}
      onClick={() => onChange(!on)}
      className="group flex min-h-11 items-center gap-3 rounded-lg text-left focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-500"
    >
      <span
        aria-hidden="true"
        className={`relative inline-flex h-7 w-12 shrink-0 rounded-full transition-colors after:absolute after:top-1 after:left-1 after:h-5 after:w-5 after:rounded-full after:bg-white after:shadow after:transition-transform ${
          on ? 'bg-teal-600 after:translate-x-5' : 'bg-slate-400'
        }`}
      />
      <span className="flex flex-col">
        <span className={`text-sm font-semibold whitespace-nowrap ${dark ? 'text-white' : 'text-slate-800'}`}>
          {label}
        </span>
        {showHint && (
          <span id={hintId} className="text-xs text-slate-500">
            {hint}
          </span>
        )}
      </span>
    </button>
  )
}

interface AutoCaptureSwitchProps {
  on: boolean
  onChange: (on: boolean) => void
  dark?: boolean
}

export function AutoCaptureSwitch({ on, onChange, dark = false }: AutoCaptureSwitchProps) {
  const { t } = useTranslation()
  return (
    <SettingSwitch
      on={on}
      onChange={onChange}
      dark={dark}
      label={t('capture.settings.autoCapture')}
      hint={t('capture.settings.autoCaptureHint')}
    />
  )
}

interface CameraPickerProps {
  devices: CameraDevice[]
  activeId: string | null
  onSelect: (deviceId: string) => void
}

export function CameraPicker({ devices, activeId, onSelect }: CameraPickerProps) {
  const { t } = useTranslation()
  const id = useId()
  if (devices.length < 2) return null
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {t('capture.settings.camera')}
      </label>
      <select
        id={id}
        value={activeId ?? ''}
        onChange={(event) => onSelect(event.target.value)}
        className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-sm focus:outline-3 focus:outline-offset-1 focus:outline-teal-600"
      >
        {devices.map((device) => (
          <option key={device.deviceId} value={device.deviceId}>
            {device.label}
          </option>
        ))}
      </select>
    </div>
  )
}

interface TorchButtonProps {
  on: boolean
  onToggle: () => void
  className: string
}

export function TorchButton({ on, onToggle, className }: TorchButtonProps) {
  const { t } = useTranslation()
  return (
    <button type="button" aria-pressed={on} onClick={onToggle} className={className}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill={on ? 'currentColor' : 'none'}>
        <path
          d="M13 2 4 14h7l-1 8 9-12h-7l1-8Z"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinejoin="round"
        />
      </svg>
      {on ? t('capture.settings.torchOff') : t('capture.settings.torchOn')}
    </button>
  )
}
