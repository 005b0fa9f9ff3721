import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_DIR_NAME = 'Stockout Desk'
export const DB_FILE_NAME = 'stockout-desk.db'

/**
 * The app's data folder, computed the way Electron computes userData, so the CLI
 * (plain Node) and the desktop app (which sets userData to this) share one database.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir()
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME)
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_DIR_NAME)
}

export const defaultDbPath = (): string => join(defaultDataDir(), DB_FILE_NAME)
