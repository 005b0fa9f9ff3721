// `npm run security:electronegativity`: runs Electronegativity on src/ and fails
// when a HIGH or MEDIUM finding has no justification comment next to the code it
// points at:   // electronegativity: CHECK_ID[, CHECK_ID] — justified: why
// Offline by construction: the tool's only network use outside the excluded
// AvailableSecurityFixesGlobalCheck is a start-up fetch of translations, which is
// answered here with "offline" so it falls back to its bundled English.
// Usage: node scripts/electronegativity.cjs [--input DIR] [--json]
const Module = require('node:module')
const { readFileSync } = require('node:fs')
const path = require('node:path')

const ROOT = path.join(__dirname, '..')
const args = process.argv.slice(2)
const input = path.resolve(args.includes('--input') ? args[args.indexOf('--input') + 1] : path.join(ROOT, 'src'))
const asJson = args.includes('--json')

const originalLoad = Module._load
Module._load = function (request, parent, ...rest) {
  if (request === 'got' && parent && /electronegativity/.test(parent.filename)) return () => Promise.reject(new Error('offline: no network is used'))
  return originalLoad.call(this, request, parent, ...rest)
}

/** The comment must sit on the finding's line or within the few lines above it. */
function justification(file, line, id) {
  let lines
  try {
    lines = readFileSync(file, 'utf8').split('\n')
  } catch {
    return null
  }
  for (let i = Math.max(0, line - 7); i < Math.min(lines.length, line); i++) {
    const m = /electronegativity:\s*([A-Z0-9_,\s]+?)\s*—\s*justified:\s*(.+)/.exec(lines[i])
    if (!m || !m[1].split(',').map((s) => s.trim()).includes(id)) continue
    // The reason may run on over the following comment lines.
    const more = []
    for (let j = i + 1; j < line && /^\s*\/\//.test(lines[j]); j++) more.push(lines[j].replace(/^\s*\/\/\s*/, ''))
    return [m[2].trim(), ...more].join(' ')
  }
  return null
}

async function main() {
  const run = require('@doyensec/electronegativity')
  const electronVersion = require('electron/package.json').version
  const log = console.log
  // The tool reports its own progress and the translation fallback on stdout; only our summary is wanted there.
  console.log = () => {}
  let result
  try {
    result = await run(
      {
        input,
        isSarif: false,
        customScan: [],
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
        isRelative: false,
        isVerbose: false,
        electronVersionOverride: electronVersion,
        parserPlugins: []
      },
      false
    )
  } finally {
    console.log = log
  }
  const findings = result.issues.map((i) => {
    const file = path.isAbsolute(i.file) ? i.file : path.join(input, i.file)
    const serious = i.severity.value >= 2
    return {
      id: i.id,
      severity: i.severity.name,
      confidence: i.confidence.name,
      file: path.relative(ROOT, file),
      line: i.location.line,
      justification: serious ? justification(file, i.location.line, i.id) : null,
      serious
    }
  })
  const unjustified = findings.filter((f) => f.serious && !f.justification)
  const summary = { electronVersion, input: path.relative(ROOT, input) || '.', findings, unjustified: unjustified.length, errors: result.errors.length }
  if (asJson) log(JSON.stringify(summary, null, 2))
  else {
    for (const f of findings)
      log(`${f.severity.padEnd(6)} ${f.id.padEnd(34)} ${f.file}:${f.line}  ${f.serious ? (f.justification ? `justified: ${f.justification}` : 'NOT JUSTIFIED') : '(low, not required)'}`)
    log(`\n${findings.length} findings, ${findings.filter((f) => f.serious).length} HIGH/MEDIUM, ${unjustified.length} without a justification (Electron ${electronVersion})`)
  }
  process.exitCode = unjustified.length || result.errors.length ? 1 : 0
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e))
  process.exitCode = 2
})
