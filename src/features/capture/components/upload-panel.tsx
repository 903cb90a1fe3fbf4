// The fallback that always works: choose a file, drop one, or paste one. Files are checked by their
// first bytes only (size, type, HEIC decodability); decoding and resizing happen in the compress worker.
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CapturedImage } from '../lib/captured-image.ts'
import { checkUpload, MAX_UPLOAD_MB, type UploadProblem } from '../lib/upload-check.ts'

const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif'

const MESSAGE: Record<UploadProblem, 'fileNotImage' | 'heicUnsupported' | 'fileTooLarge' | 'fileUnreadable'> =
  {
    notImage: 'fileNotImage',
    heicUnsupported: 'heicUnsupported',
    tooLarge: 'fileTooLarge',
    unreadable: 'fileUnreadable',
  }

interface UploadPanelProps {
  onCapture: (image: CapturedImage) => void
  /** Take focus on arrival: the user chose upload, and the camera that had focus is gone. */
  autoFocus?: boolean
}

export function UploadPanel({ onCapture, autoFocus = false }: UploadPanelProps) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (autoFocus) heading.current?.focus()
  }, [autoFocus])
  const inputId = useId()
  const [dragging, setDragging] = useState(false)
  const [checking, setChecking] = useState(false)
  const [problem, setProblem] = useState<UploadProblem | null>(null)
  const latest = useRef(0)

  async function take(file: File | undefined | null) {
    if (!file) return
    const mine = ++latest.current
    setChecking(true)
    setProblem(null)
    const found = await checkUpload(file).catch((): UploadProblem => 'unreadable')
    if (mine !== latest.current) return
    setChecking(false)
    if (found) setProblem(found)
    else onCapture({ kind: 'file', file })
  }

  const takeRef = useRef(take)
  useEffect(() => {
    takeRef.current = take
  })
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const file = event.clipboardData?.files[0]
      if (file) void takeRef.current(file)
    }
    window.addEventListener('paste', onPaste)
    return () => window.removeEventListener('paste', onPaste)
  }, [])

  return (
    <div
      data-testid="upload-dropzone"
      onDragOver={(event) => {
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault()
        setDragging(false)
        void take(event.dataTransfer.files[0])
      }}
      className={`flex flex-col items-center gap-3 rounded-2xl border-2 border-dashed px-6 py-10 text-center transition-colors ${
        dragging ? 'border-teal-600 bg-teal-50' : 'border-slate-300 bg-white'
      }`}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-10 w-10 text-teal-700" fill="none">
        <path
          d="M12 16V4m0 0-4 4m4-4 4 4M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <h3 ref={heading} tabIndex={-1} className="text-base font-semibold outline-none">
        {dragging ? t('capture.dropHere') : t('capture.uploadHeading')}
      </h3>
      <p className="text-sm text-slate-600">{t('capture.uploadHint')}</p>
      <label
        htmlFor={inputId}
        className="inline-flex min-h-11 cursor-pointer items-center rounded-full bg-teal-700 px-6 py-2 font-semibold text-white hover:bg-teal-800 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-teal-700"
      >
        {t('capture.chooseFile')}
        <input
          id={inputId}
          type="file"
          accept={ACCEPT}
          className="sr-only"
          onChange={(event) => {
            void take(event.target.files?.[0])
            event.target.value = ''
          }}
        />
      </label>
      {checking && (
        <p role="status" className="text-sm text-slate-600">
          {t('capture.checkingFile')}
        </p>
      )}
      {problem && (
        <p
          role="alert"
          data-testid={`upload-problem-${problem}`}
          className="max-w-md text-sm font-medium text-red-700"
        >
          {t(`capture.${MESSAGE[problem]}`, { limit: MAX_UPLOAD_MB })}
        </p>
      )}
    </div>
  )
}
