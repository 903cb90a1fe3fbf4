// Showing a link to carry over to another device: as a QR code (the library loads on demand, only where a
// link is shown) and as text to copy.
import { useEffect, useState } from 'react'

/** The link as an SVG QR code data URL; null while it loads, or if it could not be made. */
export function useQrCode(link: string, margin: number): string | null {
  const [qr, setQr] = useState<{ link: string; url: string } | null>(null)
  useEffect(() => {
    let current = true
    void import('qrcode')
      .then((qrcode) => qrcode.toString(link, { type: 'svg', margin, errorCorrectionLevel: 'M' }))
      .then(
        (svg) =>
          current && setQr({ link, url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` }),
      )
      .catch(() => current && setQr(null))
    return () => {
      current = false
    }
  }, [link, margin])
  // A code made for an earlier link is never shown for this one.
  return qr?.link === link ? qr.url : null
}

/** Copies the link to the clipboard; `copied` says whether the last copy worked. */
export function useCopyLink(link: string): { copied: boolean; copy: () => void } {
  const [copied, setCopied] = useState(false)
  const copy = () =>
    void navigator.clipboard?.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    )
  return { copied, copy }
}
