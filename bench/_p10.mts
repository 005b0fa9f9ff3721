import { openDatabase } from '../src/main/core/db/open'
import { computeDemand, demandWindow, supplierLeadSigma } from '../src/main/core/engine/demand-load'
import { loadOpenDeliveries, loadOpenOrders, loadSkus, loadSubstitutes } from '../src/main/core/engine/load'
import { computeEngine } from '../src/main/core/engine/compute'
import { storeResult } from '../src/main/core/engine/store'
import { activeRules } from '../src/main/core/engine/rules'
import { recompute } from '../src/main/core/engine/recompute'
const db = openDatabase('/tmp/eb.db')
const NOW = Date.parse('2026-11-26T02:00:00.000Z')
const ctx = { db, now: () => new Date(NOW), dbPath: '/tmp/eb.db', appVersion: 'x' }
const T = (label: string, f: () => any) => { const t = performance.now(); const r = f(); console.log(label.padEnd(14), (performance.now() - t).toFixed(0)); return r }
const ref = db.prepare(`SELECT l.product_id, SUM(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.status = 'awaiting_shipment' AND l.product_id IS NOT NULL GROUP BY l.product_id`)
for (let i = 0; i < 3; i++) T('ref', () => ref.raw().all())
T('recompute full', () => recompute(ctx, { demand: true }))
T('recompute full', () => recompute(ctx, { demand: true }))
T('recompute light', () => recompute(ctx))
T('recompute light', () => recompute(ctx))
for (let i = 0; i < 2; i++) db.transaction(() => {
  const skus = T('skus', () => loadSkus(db))
  const w = demandWindow(NOW, 'Asia/Shanghai')
  const orders = T('orders', () => loadOpenOrders(db))
  const demand = T('demand', () => computeDemand(db, skus, w, orders))
  const subs = T('subs', () => loadSubstitutes(db))
  const del = T('deliveries', () => loadOpenDeliveries(db))
  const rule = activeRules(db)
  const ls = T('leadSigma', () => supplierLeadSigma(db))
  const r = T('compute', () => computeEngine({ nowMs: NOW, orders, skus, substitutes: subs, deliveries: del, rule, demand, leadSigma: ls, z: 1.645, windowDays: 28 }))
  T('store', () => storeResult(db, r, { computedAt: 'x', durationMs: 0, serviceLevel: 0.95, demand: { day: 'd', timeZone: 'Asia/Shanghai', from: 'a', to: 'b', days: 28 } }))
})()
