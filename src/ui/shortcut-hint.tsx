// The keyboard shortcut printed inside a button, on screens wide enough to have a keyboard beside them.
export function ShortcutHint({ keys, onPrimary = false }: { keys: string; onPrimary?: boolean }) {
  const tone = onPrimary ? 'text-teal-100' : 'text-slate-500'
  return <kbd className={`ml-1 hidden text-xs font-normal md:inline ${tone}`}>{keys}</kbd>
}
