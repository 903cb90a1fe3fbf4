// Secrets that arrive in a link's #fragment (a capture token, a hand-off's channel and key) are taken off the
// address bar and the history entry as soon as they are read; whatever else the fragment holds stays.

export interface LocationLike {
  hash: string
  pathname: string
  search: string
}
export interface HistoryLike {
  state: unknown
  replaceState(data: unknown, unused: string, url?: string): void
}

/**
 * The values of `names` in the #fragment, removed from the address (the history entry gets `state`), or null
 * — and the address left alone — when the fragment holds none of them.
 */
export function takeFromFragment<Name extends string>(
  location: LocationLike,
  history: HistoryLike,
  names: readonly Name[],
  state: unknown = history.state,
): Record<Name, string | null> | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''))
  if (!names.some((name) => params.has(name))) return null
  const taken = Object.fromEntries(names.map((name) => [name, params.get(name)])) as Record<
    Name,
    string | null
  >
  for (const name of names) params.delete(name)
  const rest = params.toString()
  history.replaceState(state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`)
  return taken
}
