// Tests, the CLI and the bench run better-sqlite3 in plain Node, while `npm start`
// rebuilds it for Electron's ABI. This puts the Node build back when needed.
import { execSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

function loads() {
  try {
    const Database = require('better-sqlite3')
    new Database(':memory:').close()
    return true
  } catch (e) {
    if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version|invalid ELF|Could not locate the bindings/.test(String(e))) return false
    throw e
  }
}

if (!loads()) {
  console.log('better-sqlite3 is built for Electron; rebuilding it for Node ' + process.version + ' …')
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' })
  // A fresh require cache is needed to see the new binary.
  execSync(`node -e "new (require('better-sqlite3'))(':memory:').close()"`, { stdio: 'inherit' })
}
