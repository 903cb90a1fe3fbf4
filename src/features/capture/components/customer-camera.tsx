// Self-service mode (a customer's phone): the camera full screen in a modal dialog (the page behind it
// is inert), one instruction at a time, and large targets.
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '#src/i18n/language-switch.tsx'
import type { CameraLayoutProps } from './camera-layout-props.ts'
import { AutoCaptureSwitch, TorchButton } from './camera-controls.tsx'
import { GuidanceMessage } from './guidance-message.tsx'

export function CustomerCamera(props: CameraLayoutProps) {
  const { t } = useTranslation()
  const { stage, guidance, ready, onShoot, autoCapture, onAutoCapture, source, onUpload } = props
  const dialogRef = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  return (
    <dialog
      ref={dialogRef}
      aria-label={t('capture.heading')}
      onCancel={(event) => {
        // Escape (or a phone's back gesture) leaves the camera for the upload fallback.
        event.preventDefault()
        onUpload()
      }}
      className="m-0 h-dvh max-h-none w-screen max-w-none bg-slate-950 p-0 text-white backdrop:bg-slate-950"
    >
      {/* Upright: preview, then the instruction and the shutter under it. Sideways: the preview as tall as
          the screen, and everything else in a column beside it (index.css, .camera-screen). */}
      <div className="camera-screen flex h-full flex-col gap-3 px-3 pt-[max(0.75rem,env(safe-area-inset-top))] pb-[max(1rem,env(safe-area-inset-bottom))]">
        <div className="camera-screen-head flex items-center justify-between gap-2">
          {/* Focus starts on the title, so a screen reader begins there and no control looks pre-selected. */}
          <h2 tabIndex={-1} autoFocus className="text-base font-semibold outline-none">
            {t('capture.heading')}
          </h2>
          <div className="flex items-center gap-2">
            {source.torch.supported && (
              <TorchButton
                on={source.torch.on}
                onToggle={() => void source.toggleTorch()}
                className="inline-flex min-h-12 items-center gap-2 rounded-full bg-white/10 px-4 text-sm font-semibold"
              />
            )}
            {/* The page header is inert behind this dialog: the language switch comes along. */}
            <LanguageSwitch dark />
          </div>
        </div>
        <div
          className="camera-screen-stage flex min-h-0 flex-1 items-center justify-center"
          style={{ containerType: 'size' }}
        >
          {stage}
        </div>
        <div className="camera-screen-say">
          <GuidanceMessage guidance={guidance} variant="overlay" />
        </div>
        <div className="camera-screen-act flex flex-col items-center gap-2">
          <button
            type="button"
            onClick={onShoot}
            disabled={!ready}
            aria-label={t('capture.shutter')}
            className="h-20 w-20 rounded-full border-4 border-white bg-white/20 p-1.5 focus-visible:outline-3 focus-visible:outline-offset-4 focus-visible:outline-teal-300 disabled:opacity-40"
          >
            <span aria-hidden="true" className="block h-full w-full rounded-full bg-white" />
          </button>
          <div className="camera-screen-settings flex w-full max-w-xl items-center justify-between gap-3">
            <AutoCaptureSwitch on={autoCapture} onChange={onAutoCapture} dark />
            <button
              type="button"
              onClick={onUpload}
              className="min-h-12 rounded-full px-3 text-sm font-semibold text-teal-200 underline underline-offset-4"
            >
              {t('capture.uploadInstead')}
            </button>
          </div>
        </div>
      </div>
    </dialog>
  )
}
