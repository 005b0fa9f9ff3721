import type { Api } from '../shared/contract'

declare global {
  interface Window {
    api: Api
    /** Main moving the page to an in-app route (a reminder's click); absent outside Electron. */
    appNav?: { onNavigate(cb: (route: string) => void): void }
  }
}
export {}
