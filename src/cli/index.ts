#!/usr/bin/env node
// `npm run cli -- …`: the core's handler table from a terminal, through the same
// dispatch (validation, error envelope) that the desktop app's IPC uses.
import { mkdirSync, realpathSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { dispatch, toApiError } from '../main/core/dispatch'
import { defaultDbPath } from '../main/core/paths'
import type { CallName } from '../shared/contract'
import { langFromLocale, messageFor, type Lang } from '../shared/i18n/translate'
import { parseCli, UsageError } from './args'
import { CallFailed, COMMANDS, USAGE, type Call } from './commands'
import { EXIT_REJECTED, Rejected } from './import-export'
import { openShopForCli } from './open-shop'
import { version } from '../../package.json'

export async function runCli(
  argv: string[],
  out: (s: string) => void = console.log,
  err: (s: string) => void = console.error,
  /** The shop's clock: the real one from a terminal; a pinned one when a program (a test) embeds the CLI. */
  now: () => Date = () => new Date()
): Promise<number> {
  let parsed: ReturnType<typeof parseCli>
  try {
    parsed = parseCli(argv)
  } catch (e) {
    err(`${(e as Error).message}\n\n${USAGE}`)
    return 2
  }
  const { words, flags } = parsed
  const lang: Lang = flags.lang === 'zh-CN' || flags.lang === 'en' ? flags.lang : langFromLocale(process.env.LC_ALL || process.env.LANG)
  if (flags.help || words.length === 0) {
    out(USAGE)
    return words.length === 0 && !flags.help ? 2 : 0
  }
  const two = words.slice(0, 2).join(' ')
  const [name, args] = COMMANDS[two] ? [two, words.slice(2)] : [words[0] ?? '', words.slice(1)]
  const command = COMMANDS[name]
  if (!command) {
    err(`unknown command "${words.join(' ')}"\n\n${USAGE}`)
    return 2
  }
  const dbPath = resolve(flags.db ?? defaultDbPath())
  try {
    mkdirSync(dirname(dbPath), { recursive: true })
  } catch {
    /* reported by the open below */
  }
  // As in the app: an upgrade of the schema never runs without a backup of the old one, and a damaged file is caught at once.
  const opened = await openShopForCli(dbPath, name, version, lang, now)
  if (opened.kind === 'error') {
    err(messageFor(lang, opened.error.messageKey, { ...opened.error.params, path: dbPath }))
    return 1
  }
  if (opened.kind === 'damaged') {
    if (flags.json) out(JSON.stringify({ error: { code: 'db_corrupt', messageKey: 'errors.db_corrupt', message: opened.message } }))
    err(opened.message)
    return 1
  }
  try {
    const handlers = opened.handlers
    const call: Call = async (callName: CallName, input: unknown) => {
      const r = await dispatch(handlers, callName, input)
      if (!r.ok) throw new CallFailed(r.error)
      return r.value as never
    }
    const outcome = await command(call, flags, args, lang)
    out(flags.json ? JSON.stringify(outcome.value, null, 2) : outcome.text)
    return 0
  } catch (e) {
    if (e instanceof Rejected) {
      out(flags.json ? JSON.stringify(e.outcome.value, null, 2) : e.outcome.text)
      return EXIT_REJECTED
    }
    if (e instanceof UsageError) {
      err(e.message)
      return 2
    }
    const apiError = e instanceof CallFailed ? e.error : toApiError(e)
    const message = messageFor(lang, apiError.messageKey, apiError.params ?? {})
    if (flags.json) out(JSON.stringify({ error: { ...apiError, message } }))
    err(message)
    return apiError.code === 'import_limit' ? EXIT_REJECTED : 1
  } finally {
    opened.close()
  }
}

/**
 * The script node was asked to run, with symlinks followed: npm's `bin` (a global install, npx) starts
 * the CLI through a link named stockout-desk, and node leaves that name in argv.
 */
function startedScript(): string {
  const script = process.argv[1]
  if (!script) return ''
  try {
    return realpathSync(script)
  } catch {
    return script
  }
}

// Run when executed directly (tsx src/cli/index.ts …, out/cli/index.cjs or a link to it), not when imported by tests.
if (/cli[\\/]index\.(ts|js|mjs|cjs)$/.test(startedScript())) {
  void runCli(process.argv.slice(2)).then((code) => (process.exitCode = code))
}
