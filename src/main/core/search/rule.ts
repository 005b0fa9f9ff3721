// The one search rule of every list that shows orders (the order list, the engine's
// 待发货/缺货 triage, the cancellation queue, the review's cases): the text matches
// anywhere in the order number, the buyer's name, a line's merchant code, title or
// sub-order number, or the code or name of the SKU a line is mapped to (the shop's
// own code and name can differ from what the platform printed). LIKE with %, _ and \
// taken literally; the SKU part is a subquery SQLite runs once per statement, the line
// part uses the (order_id, line_no) key, so a search costs one pass over the orders
// the other filters leave.
import { containsPattern } from '../db/like'

/** The LIKE pattern bound as :like, or null for an empty search (matches everything). */
export function searchPattern(text: string): string | null {
  const t = text.trim()
  return t ? containsPattern(t) : null
}

const L = `LIKE :like ESCAPE '\\'`

/** SQL that is true when the order (alias `o`, id expression `orderId`) matches :like; binds :like only. */
export function orderMatches(orderId: string, o = 'o'): string {
  return `(${o}.order_no ${L} OR ${o}.buyer_name ${L}
    OR EXISTS (SELECT 1 FROM order_lines sl WHERE sl.order_id = ${orderId}
      AND (sl.merchant_code ${L} OR sl.title ${L} OR sl.sub_order_no ${L}
        OR sl.product_id IN (SELECT sp.id FROM products sp WHERE sp.merchant_code ${L} OR sp.name ${L}))))`
}

/** The same rule for a list of SKU rows (alias `p`) with an optional supplier (alias `s`): code, name or supplier. */
export function skuMatches(p = 'p', s: string | null = 's'): string {
  return `(${p}.merchant_code ${L} OR ${p}.name ${L}${s ? ` OR ${s}.name ${L}` : ''})`
}
