import { openDatabase } from '../src/main/core/db/open'
import { storedDemand, supplierLeadSigma, storeDemand } from '../src/main/core/engine/demand-load'
import { loadOpenDeliveries, loadOpenOrders, loadSkus, loadSubstitutes } from '../src/main/core/engine/load'
import { computeEngine } from '../src/main/core/engine/compute'
import { activeRules } from '../src/main/core/engine/rules'
import { prepared } from '../src/main/core/db/prepared'
const db = openDatabase('/tmp/eb.db')
const NOW = Date.parse('2026-11-26T02:00:00.000Z')
const T = (label: string, f: () => any) => { const t = performance.now(); const r = f(); console.log(label.padEnd(14), (performance.now() - t).toFixed(0)); return r }
try { db.transaction(() => {
  const skus = loadSkus(db)
  const demand = storedDemand(db)
  T('storeDemand', () => storeDemand(db, demand))
  const orders = loadOpenOrders(db)
  const r = computeEngine({ nowMs: NOW, orders, skus, substitutes: loadSubstitutes(db), deliveries: loadOpenDeliveries(db), rule: activeRules(db), demand, leadSigma: supplierLeadSigma(db), z: 1.645, windowDays: 28 })
  T('del', () => { prepared(db, 'DELETE FROM engine_orders').run(); prepared(db, 'DELETE FROM engine_actions').run(); prepared(db, 'DELETE FROM engine_skus').run() })
  const o = r.orders
  const rows: any[] = []
  T('build', () => { const byId = Array.from({ length: o.count }, (_, i) => i).sort((a, b) => o.id[a]! - o.id[b]!); for (const i of byId) rows.push(o.id[i], r.priority.rank[i], 'ready', r.deadline[i], 'promised', r.lateFen[i], r.stockoutFen[i]) })
  const st = db.prepare(`INSERT INTO engine_orders (order_id, rank, state, deadline, deadline_source, late_fen, stockout_fen) VALUES ${Array(200).fill('(?,?,?,?,?,?,?)').join(',')}`)
  T('ins orders', () => { for (let i = 0; i + 1400 <= rows.length; i += 1400) st.run(rows.slice(i, i + 1400)) })
  T('del2', () => prepared(db, 'DELETE FROM engine_orders').run())
  const st2 = db.prepare(`INSERT INTO engine_orders (order_id, rank, state, deadline, deadline_source, late_fen, stockout_fen) VALUES (?,?,?,?,?,?,?)`)
  T('ins single', () => { for (let i = 0; i + 7 <= rows.length; i += 7) st2.run(rows.slice(i, i + 7)) })
  throw new Error('rollback')
})() } catch (e) { console.log(String(e).slice(0,100)) }
