// The app's two button looks, in one place so every step's buttons match (and stay ≥ 48 px tall).
const base =
  'min-h-12 rounded-full px-6 py-3 font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-700'

/** The step's main action: confirm, start, take the photo, try again. */
export const primaryButton = `${base} bg-teal-700 text-white shadow hover:bg-teal-800`

/** The alternative beside it: retake, cancel, download. */
export const secondaryButton = `${base} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`
