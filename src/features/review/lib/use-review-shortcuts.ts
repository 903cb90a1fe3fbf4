// Review's keys, wherever focus is (a field, a button, the page itself): Ctrl+Enter (⌘+Enter) confirms,
// Alt+R retakes. Alt+R is matched by its physical key: on a Mac, Option+R types "®".
import { useWindowKeys } from '#src/ui/use-window-keys.ts'

interface ReviewShortcuts {
  confirm: () => void
  retake: () => void
}

export function useReviewShortcuts(enabled: boolean, actions: ReviewShortcuts) {
  useWindowKeys(enabled, (event) => {
    if (event.defaultPrevented || event.repeat) return
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey) actions.confirm()
    else if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyR') actions.retake()
    else return
    event.preventDefault()
  })
}
