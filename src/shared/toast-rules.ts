// The one place that decides how long a toast stays and how many show at once.
// Confirmations go by themselves; an error stays until dismissed (it may need
// reading twice, or acting on). At most MAX_TOASTS show, so a burst of changes
// never builds a wall over the screen: the oldest confirmation goes first.

export type ToastKind = 'success' | 'error' | 'info'
export interface Toast {
  id: number
  kind: ToastKind
  text: string
}

/** How long each kind stays on screen, in ms; null: until the user dismisses it. */
export const TOAST_MS: Readonly<Record<ToastKind, number | null>> = {
  success: 3500,
  info: 6000,
  error: null
}

export const MAX_TOASTS = 3

/** The list with `toast` added last, trimmed to MAX_TOASTS: the oldest non-error leaves first. */
export function withToast(list: readonly Toast[], toast: Toast): Toast[] {
  const next = [...list, toast]
  while (next.length > MAX_TOASTS) {
    const i = next.findIndex((t) => t.kind !== 'error')
    next.splice(i >= 0 && i < next.length - 1 ? i : 0, 1)
  }
  return next
}
