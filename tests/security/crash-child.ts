// The crash test's child: opens the shop and applies random actions (imports,
// stock movements, backups) through dispatch until it is killed. After each
// committed action it writes one acknowledgement line to stdout with a
// synchronous write, so the parent never sees an acknowledgement for a change
// that was not committed.
import { writeSync } from 'node:fs'
import { FIXED_NOW, testShop } from '../helpers/shop'
import { chooseAction, rng, SKUS } from './crash-actions'

async function main(): Promise<void> {
  const [dbPath, seedText, runText] = process.argv.slice(2)
  if (!dbPath || !seedText || !runText) throw new Error('usage: crash-child DB SEED RUN')
  const shop = testShop(dbPath, () => FIXED_NOW)
  for (const code of SKUS) {
    const exists = shop.db.prepare('SELECT 1 FROM products WHERE merchant_code = ?').get(code)
    if (!exists) await shop.call('products.create', { merchantCode: code, name: `崩溃测试 ${code}` })
  }
  const rnd = rng(Number(seedText))
  writeSync(1, 'ready\n')
  for (let n = 0; ; n++) {
    const action = chooseAction(rnd)
    const ack = await action.run(shop, rnd, `${runText}-${n}`)
    if (ack) writeSync(1, JSON.stringify(ack) + '\n')
  }
}

main().catch((e: unknown) => {
  writeSync(2, `crash child failed: ${e instanceof Error ? e.stack : String(e)}\n`)
  process.exit(3)
})
