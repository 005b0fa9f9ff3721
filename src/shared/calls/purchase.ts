// Tell the supplier (issue 16.4): from the reorder suggestions, a purchase list
// per supplier as text to paste into WeChat and as a printable page, and the
// same list recorded as incoming deliveries in one step.
import { z } from 'zod'
import type { IncomingRow } from '../engine-types'
import { call, exportLang, id, text } from './define'

/** One line of a purchase list: what to ask the supplier for and when it should arrive. */
export interface PurchaseLine {
  productId: number
  merchantCode: string
  name: string
  spec: string
  quantity: number
  /** What the engine suggested (the merchant may have changed `quantity`). */
  suggested: number
  leadTimeDays: number
  /** UTC ISO: now + the SKU's (or its supplier's) lead time. */
  expectedAt: string
  unitCostFen: number
}

export interface PurchaseList {
  /** null: SKUs that have no supplier yet (their own group, with a hint to set one). */
  supplierId: number | null
  supplierName: string | null
  /** "PO-YYYYMMDD-xxxxxx" when the list was given a key; the deliveries' note points to it. */
  ref: string | null
  /** The shop's calendar date the list was made on, "2026-11-26". */
  date: string
  lines: PurchaseLine[]
  totalUnits: number
  totalCostFen: number
  /** The list as plain text in the chosen language, ready to paste into a chat. */
  text: string
}

export interface PurchaseRecorded {
  ref: string
  /** true when this key had been recorded before (a second click): nothing new was written. */
  alreadyRecorded: boolean
  incoming: IncomingRow[]
}

/** A supplier's id, or 'none' for the SKUs without a supplier. */
export const supplierGroup = z.union([id, z.literal('none')])

/** A client-chosen key naming one purchase list, so recording it twice records it once. */
export const purchaseKey = z.string().regex(/^[A-Za-z0-9-]{6,64}$/, 'purchase_key')

/** The merchant's quantities; numbers are checked in the core so a bad one gets a message naming the SKU. */
const quantities = z
  .array(z.strictObject({ productId: id, quantity: z.number() }))
  .max(5000)
  .default([])

const listInput = {
  lang: exportLang,
  /** Printed at the top of the list when known. */
  shopName: text(100).default(''),
  quantities
}

export const purchaseCalls = {
  /** Purchase lists built from the reorder suggestions: one supplier's, or every supplier's with something to order. */
  'purchase.lists': call<PurchaseList[]>()(
    z.strictObject({ supplier: supplierGroup.nullable().default(null), key: purchaseKey.nullable().default(null), ...listInput })
  ),
  /** Records one supplier's list as incoming deliveries (one per line) in one transaction; a key already recorded records nothing. */
  'purchase.record': call<PurchaseRecorded>()(z.strictObject({ supplier: supplierGroup, key: purchaseKey, ...listInput }))
}
