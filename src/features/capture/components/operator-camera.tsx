// Operator mode (desktop): the preview beside a panel with the guidance, the shutter, the settings and
// the keyboard shortcuts.
import { useTranslation } from 'react-i18next'
import type { CameraLayoutProps } from './camera-layout-props.ts'
import { lazy, Suspense } from 'react'
import { AutoCaptureSwitch, CameraPicker, TorchButton } from './camera-controls.tsx'
import { GuidanceMessage } from './guidance-message.tsx'
import { ShortcutLegend } from './shortcut-legend.tsx'

// One switch among the operator's settings, with the strings it brings: fetched once the first screen is
// committed (a task later), not with it; its place is kept meanwhile so nothing moves when it arrives.
const PhotoCheckSwitch = lazy(() =>
  new Promise((go) => setTimeout(go))
    .then(() => Promise.all([import('#src/i18n/later-strings.ts'), import('./photo-check-switch.tsx')]))
    .then(([, m]) => ({ default: m.PhotoCheckSwitch })),
)

export function OperatorCamera(props: CameraLayoutProps) {
  const { t } = useTranslation()
  const { stage, guidance, ready, onShoot, autoCapture, onAutoCapture, source, onUpload } = props
  return (
    <div className="operator-camera grid gap-5 lg:grid-cols-[minmax(0,1fr)_19rem] lg:items-start">
      {stage}
      <div className="operator-camera-controls flex flex-col gap-4">
        <GuidanceMessage guidance={guidance} variant="panel" onShoot={onShoot} />
        <button
          type="button"
          onClick={onShoot}
          disabled={!ready}
          className="inline-flex min-h-12 items-center justify-center gap-2 rounded-full bg-teal-700 px-8 py-3 text-base font-semibold text-white shadow hover:bg-teal-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:cursor-not-allowed disabled:bg-slate-400"
        >
          <span aria-hidden="true" className="inline-block h-4 w-4 rounded-full border-2 border-white" />
          {t('capture.shutter')}
        </button>
        <div className="operator-camera-later flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4">
          <AutoCaptureSwitch on={autoCapture} onChange={onAutoCapture} />
          <Suspense fallback={<div className="min-h-11" />}>
            <PhotoCheckSwitch />
          </Suspense>
          <CameraPicker devices={source.devices} activeId={source.activeId} onSelect={source.selectDevice} />
          {source.torch.supported && (
            <TorchButton
              on={source.torch.on}
              onToggle={() => void source.toggleTorch()}
              className="inline-flex min-h-11 items-center gap-2 self-start rounded-full border border-slate-300 px-4 text-sm font-semibold text-slate-800 hover:bg-slate-50"
            />
          )}
        </div>
        <button
          type="button"
          onClick={onUpload}
          className="min-h-11 self-center px-4 text-sm font-semibold text-teal-800 underline underline-offset-4 hover:text-teal-950 lg:self-start"
        >
          {t('capture.uploadInstead')}
        </button>
        <div className="operator-camera-later">
          <ShortcutLegend />
        </div>
      </div>
    </div>
  )
}
