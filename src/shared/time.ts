// Times are stored as UTC ISO strings; the shop's time zone is applied only when shown.

const formatters = new Map<string, Intl.DateTimeFormat>()

/** "2026-11-26 14:03:05" in the given time zone — the form Excel and shop owners read. */
export function formatShopTime(iso: string | null, timeZone: string): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    formatters.set(timeZone, f)
  }
  return f.format(d)
}
