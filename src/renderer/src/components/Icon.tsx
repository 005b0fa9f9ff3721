// A handful of line icons drawn inline (no icon font, nothing loaded at run time).
const PATHS = {
  alerts: 'M12 3 2.5 20h19L12 3Zm0 6v5m0 3v.01',
  orders: 'M6 3h12v18l-3-2-3 2-3-2-3 2V3Zm3 5h6M9 12h6',
  queue: 'M4 6h16M4 12h16M4 18h10m4-2 3 3m0-3-3 3',
  inventory: 'M3 8 12 3l9 5v8l-9 5-9-5V8Zm0 0 9 5 9-5M12 13v8',
  review: 'M4 20V10m6 10V4m6 16v-7m4 7H2',
  import: 'M12 3v12m0 0-4-4m4 4 4-4M4 17v3h16v-3',
  settings:
    'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6Zm7.4 3a7.4 7.4 0 0 0-.1-1.2l2-1.6-2-3.4-2.4 1a7.4 7.4 0 0 0-2-1.2L14.5 3h-4l-.4 2.6a7.4 7.4 0 0 0-2 1.2l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.4l-2 1.6 2 3.4 2.4-1a7.4 7.4 0 0 0 2 1.2l.4 2.6h4l.4-2.6a7.4 7.4 0 0 0 2-1.2l2.4 1 2-3.4-2-1.6c.1-.4.1-.8.1-1.2Z',
  search: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14Zm5 12 4 4',
  plus: 'M12 5v14M5 12h14',
  edit: 'M4 20h4L19 9l-4-4L4 16v4Zm10-14 4 4',
  move: 'M7 4v16m0 0-3-3m3 3 3-3M17 20V4m0 0-3 3m3-3 3 3',
  store: 'M3 9 5 4h14l2 5M3 9v11h18V9M3 9h18M9 20v-6h6v6',
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 8v5m0-8v.01',
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 4v5l3 2',
  check: 'M5 12l4 4L19 6',
  file: 'M6 3h8l4 4v14H6V3Zm8 0v4h4M9 13h6M9 17h6',
  export: 'M12 15V3m0 0-4 4m4-4 4 4M4 17v3h16v-3',
  upload: 'M12 16V5m0 0-4 4m4-4 4 4M5 19h14',
  warning: 'M12 3 2.5 20h19L12 3Zm0 6v5m0 3v.01',
  incoming: 'M2 6h12v10H2V6Zm12 4h4l3 3v3h-7M6 19.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Zm11 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z',
  reorder: 'M9 3h6v3H9V3ZM6 4.5h3m6 0h3V21H6V4.5ZM9 11h6m-6 4h4',
  receive: 'M3 8 12 3l9 5v8l-9 5-9-5V8Zm5 5 3 3 5-6',
  chevron: 'M9 6l6 6-6 6',
  trash: 'M4 7h16M9 7V4h6v3m-8 0 1 13h8l1-13',
  reset: 'M4 12a8 8 0 1 0 2.3-5.7M4 4v4h4',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1'
} as const

export type IconName = keyof typeof PATHS

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  )
}
