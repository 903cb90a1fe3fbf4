// The fallback that always works: choose a file, drop one, or paste one.
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CapturedImage } from '../lib/captured-image.ts'

const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif'

function looksLikeImage(file: File): boolean {
  return file.type.startsWith('image/') || /\.(jpe?g|png|webp|hei[cf])$/i.test(file.name)
}

interface UploadPanelProps {
  onCapture: (image: CapturedImage) => void
}

export function UploadPanel({ onCapture }: UploadPanelProps) {
  const { t } = useTranslation()
  const inputId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)
  const [problem, setProblem] = useState(false)

  function take(file: File | undefined | null) {
    if (!file) return
    if (!looksLikeImage(file)) {
      setProblem(true)
      return
    }
    setProblem(false)
    onCapture({ kind: 'file', file })
  }

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const file = Array.from(event.clipboardData?.files ?? []).find(looksLikeImage)
      if (file) take(file)
    }
    window.addEventListener('paste', onPaste)
    return () => window.removeEventListener('paste', onPaste)
  })

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
        take(event.dataTransfer.files[0])
      }}
      className={`flex flex-col items-center gap-3 rounded-2xl border-2 border-dashed p-6 text-center transition-colors ${
        dragging ? 'border-teal-600 bg-teal-50' : 'border-slate-300 bg-white'
      }`}
    >
      <h3 className="text-base font-semibold">{t('capture.uploadHeading')}</h3>
      <p className="text-sm text-slate-600">{t('capture.uploadHint')}</p>
      <label
        htmlFor={inputId}
        className="inline-flex min-h-11 cursor-pointer items-center rounded-full border border-teal-700 px-6 py-2 font-semibold text-teal-800 hover:bg-teal-50 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-teal-700"
      >
        {t('capture.chooseFile')}
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept={ACCEPT}
          className="sr-only"
          onChange={(event) => {
            take(event.target.files?.[0])
            event.target.value = ''
          }}
        />
      </label>
      {problem && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {t('capture.fileNotImage')}
        </p>
      )}
    </div>
  )
}
