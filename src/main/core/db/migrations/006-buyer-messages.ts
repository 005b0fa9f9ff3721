import type { Migration } from '../migrations'

// Issue #14, buyer messages that go out whole. The out-of-stock notice now asks the
// buyer to choose (substitute, coupon, or wait) instead of only asking for a reply,
// and the phrases that need a restock date or a coupon amount are [[ ]] phrases, so
// a shop with no delivery on the way sends "等补货，" rather than a raw placeholder
// (the rule is in shared/template-text.ts). Only presets the merchant never edited
// take the new words: an edited one is theirs, and still drafts correctly under the
// new rule. The words are copied here, frozen: queue/presets.ts may change later,
// what version 6 wrote may not. No table changes.

/** preset code, new body */
// prettier-ignore
const NEW_BODIES: readonly (readonly [string, string])[] = [
  ["notify.zh-CN", "亲，{{buyerName}}您好！非常抱歉，您购买的「{{product}} {{spec}}」×{{quantity}}（订单号 {{orderNo}}）暂时缺货，没法按时发出。想请您选一种处理方式：1. 换成同价位的其他款式或规格；2. 我们送您一张优惠券作为补偿；3. 等补货[[（预计 {{restockDate}} 到货）]]，到货后第一时间给您发出。您更希望哪一种？回复我们就好，谢谢！"],
  ["offer_coupon.zh-CN", "亲，{{buyerName}}您好！非常抱歉，您购买的「{{product}} {{spec}}」×{{quantity}}（订单号 {{orderNo}}）暂时缺货。为表歉意，我们为您准备了[[ {{coupon}} 的]]补偿。您可以等补货[[（预计 {{restockDate}} 到货）]]，也可以取消订单，我们全额退款 {{refundAmount}}。您看怎么处理比较好？"],
  ["offer_wait.zh-CN", "亲，{{buyerName}}您好！非常抱歉，您购买的「{{product}} {{spec}}」×{{quantity}}（订单号 {{orderNo}}）暂时缺货，[[新货预计 {{restockDate}} 到，]]到货后第一时间给您发出。请问您愿意等一等吗？不方便等的话，我们马上为您全额退款。"],
  ["notify.en", "Hello {{buyerName}}, we are very sorry: {{product}} {{spec}} ×{{quantity}} (order {{orderNo}}) is out of stock and cannot ship on time. Which would you prefer: (1) a similar item or another size or colour at the same price, (2) a coupon as compensation, or (3) waiting for the restock[[ (expected {{restockDate}})]], after which we ship yours first? Just reply and we will arrange it."],
  ["offer_coupon.en", "Hello {{buyerName}}, we are very sorry: {{product}} {{spec}} ×{{quantity}} (order {{orderNo}}) is out of stock. As an apology we have [[{{coupon}} of ]]compensation for you. You can wait for the restock[[ (expected {{restockDate}})]], or we cancel the order and refund you in full ({{refundAmount}}). Which would you prefer?"],
  ["offer_wait.en", "Hello {{buyerName}}, we are very sorry: {{product}} {{spec}} ×{{quantity}} (order {{orderNo}}) is out of stock. We will ship yours first as soon as new stock arrives[[ (expected {{restockDate}})]]. Would you be willing to wait? If not, we will refund you in full right away."]
]

/** When these words were written: a constant, so two shops migrated from the same data are identical row for row. */
const WRITTEN_AT = '2026-12-05T00:00:00.000Z'

export const v006BuyerMessages: Migration = {
  version: 6,
  name: 'buyer messages: the notice asks the buyer to choose; optional phrases for a date or an amount',
  up: (db) => {
    const update = db.prepare('UPDATE queue_templates SET body = ?, updated_at = ? WHERE preset = ? AND edited = 0 AND body <> ?')
    for (const [preset, body] of NEW_BODIES) update.run(body, WRITTEN_AT, preset, body)
  }
}
