// Finds a Chromium or Chrome executable for the e2e tests and screenshots
// (playwright-core ships no browser). CHROME_PATH wins; then the usual places.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const programFiles = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((p): p is string => !!p)
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ...programFiles.map((p) => join(p, 'Google', 'Chrome', 'Application', 'chrome.exe')),
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'
  ]
}

export const HOW_TO_GET_CHROMIUM =
  'No Chromium or Chrome found for the e2e tests. Install Chromium: Debian/Ubuntu `sudo apt-get install -y chromium fonts-wqy-microhei`, ' +
  'macOS/Windows install Google Chrome, or set CHROME_PATH=/path/to/chrome.'

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['CHROME_PATH']
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there. ${HOW_TO_GET_CHROMIUM}`)
  }
  for (const candidate of chromiumCandidates(env)) if (existsSync(candidate)) return candidate
  throw new Error(HOW_TO_GET_CHROMIUM)
}
