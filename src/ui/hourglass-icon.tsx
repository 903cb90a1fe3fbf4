// An hourglass drawn as SVG: the ⌛ emoji draws as an empty box where no emoji font is installed.
export function HourglassIcon({ className = '' }: { className?: string }) {
  return (
    <svg
      aria-hidden="true"
      data-testid="hourglass-icon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
    >
      <path d="M6 3h12M6 21h12" />
      <path d="M7 3v3a5 5 0 0 0 2.5 4.33L12 12l2.5-1.67A5 5 0 0 0 17 6V3" />
      <path d="M7 21v-3a5 5 0 0 1 2.5-4.33L12 12l2.5 1.67A5 5 0 0 1 17 18v3" />
      <path d="M9.5 19h5l-2.5-2z" fill="currentColor" />
    </svg>
  )
}
