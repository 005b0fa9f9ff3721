// English messages of the stockout engine (issue #4). Params follow the engine's
// convention (see shared/engine-format.ts): …At are times, …Fen money, platform a code.
export const engineEn = {
  state: { ready: 'Ready', short: 'Short', unmapped: 'Unmapped' },
  recommendation: { wait: 'Wait', substitute: 'Substitute', cancel: 'Cancel' },
  deadlineSource: { promised: 'Promised ship time', derived: 'Derived: paid time + ship window (assumed)', none: 'No deadline' },
  reasons: {
    wait_restock: 'Wait: restock of {{sku}} arrives {{restockAt}}, before the promised ship time {{deadlineAt}}.',
    wait_restock_no_deadline: 'Wait: restock of {{sku}} arrives {{restockAt}}; the order has no promised ship time.',
    wait_short_delay:
      'Ask the buyer to accept a short delay: restock of {{sku}} arrives {{restockAt}}, {{delayHours}} after the promised ship time {{deadlineAt}}; late compensation is only {{lateFen}}.',
    substitute: 'Offer {{substituteSku}} instead of {{sku}}: {{available}} available, the order needs {{quantity}}; promised ship time {{deadlineAt}}. Ship it once the buyer agrees.',
    cancel_restock_late:
      'Cancel: restock of {{sku}} arrives {{restockAt}}, after the promised ship time {{deadlineAt}}; late compensation {{lateFen}}. Tell the buyer and cancel now.',
    cancel_restock_overdue:
      'Cancel: the restock of {{sku}} was due {{dueAt}} and has not arrived, and nothing else covers the order by the promised ship time {{deadlineAt}}; late compensation {{lateFen}}. Tell the buyer and cancel now.',
    cancel_restock_taken:
      'Cancel: the restock of {{sku}} on order (last due {{restockAt}}) is promised to earlier orders; promised ship time {{deadlineAt}}, late compensation {{lateFen}}. Tell the buyer and cancel now.',
    cancel_no_restock:
      'Cancel: no restock of {{sku}} is on order, so nothing can arrive by the promised ship time {{deadlineAt}}; late compensation {{lateFen}}. Tell the buyer and cancel now.'
  },
  alertKinds: {
    out_of_stock: 'Out of stock with waiting orders',
    short_order: 'Short orders, most urgent first',
    incoming_overdue: 'Overdue deliveries',
    run_out: 'Will run out before restock',
    below_safety: 'Below safety stock',
    unmapped: 'Merchant codes that map to no SKU'
  },
  alerts: {
    out_of_stock: '{{sku}} {{name}}: {{orders}} open orders are short of it ({{units}} units); {{available}} available, {{incoming}} on the way.',
    short_order: '{{platform}} order {{orderNo}} is short of {{sku}}; promised ship time {{deadlineAt}}, late compensation {{lateFen}}.',
    incoming_overdue: '{{quantity}} units of {{sku}} from {{supplier}} were due {{dueAt}} and have not arrived; {{waiting}} orders are waiting.',
    run_out:
      '{{sku}} will run out before restock can arrive: {{available}} available lasts about {{coverDays}} days at {{avgDaily}} a day, but restock takes {{leadTimeDays}} days (out around {{runOutAt}}).',
    run_out_now: '{{sku}} has nothing left for new orders (it sells about {{avgDaily}} a day) and restock takes {{leadTimeDays}} days: the next order will be short.',
    below_safety: '{{sku}}: {{available}} available, below its safety stock of {{safetyStock}}.',
    unmapped: 'Merchant code {{code}} maps to no SKU: {{orders}} open orders cannot be checked. Map it to a SKU.'
  },
  formulas: {
    avg_daily: 'Average daily demand = {{units}} units ÷ {{inStockDays}} days in stock (of the last {{windowDays}} days) = {{value}}',
    avg_unknown: 'Not known: the SKU was not in stock on any of the last {{windowDays}} days.',
    sigma_daily: 'σ of daily demand over the {{inStockDays}} days in stock = {{value}}',
    safety_basic: 'Safety stock = z × σ × √LT = {{z}} × {{sigma}} × √{{leadTimeDays}} = {{value}} (rounded up)',
    safety_lead_variance:
      'Safety stock = z × √(LT × σ² + d̄² × σLT²) = {{z}} × √({{leadTimeDays}} × {{sigma}}² + {{avgDaily}}² × {{sigmaLt}}²) = {{value}} (rounded up; the supplier’s lead times vary)',
    safety_floor: 'Safety stock = your setting {{configured}} (the statistical figure {{statistical}} is lower)',
    safety_configured: 'Safety stock = your setting {{configured}} (demand is not known yet)',
    reorder_point: 'Reorder point = d̄ × LT + safety stock = {{avgDaily}} × {{leadTimeDays}} + {{safetyStock}} = {{value}} (rounded up)',
    reorder_point_no_demand: 'Reorder point = safety stock = {{value}} (demand is not known yet)',
    order_quantity:
      'Order quantity = waiting orders {{waitingUnits}} + reorder point {{reorderPoint}} − available {{available}} − incoming {{incoming}} = {{value}} (never below 0)'
  },
  penalty: {
    fixed: '{{fixedFen}} per order',
    percent: '{{percent}}% of the amount paid, at least {{minFen}}, at most {{maxFen}}',
    percentNoMax: '{{percent}}% of the amount paid, at least {{minFen}}'
  },
  reorder: {
    noSupplier: 'No supplier',
    columns: {
      supplier: 'Supplier',
      merchantCode: 'Merchant code',
      name: 'Product',
      spec: 'Spec',
      available: 'Available',
      incoming: 'Incoming',
      waitingUnits: 'On short orders',
      avgDaily: 'Avg daily demand',
      sigmaDaily: 'σ daily demand',
      leadTimeDays: 'Lead time (days)',
      safetyStock: 'Safety stock',
      reorderPoint: 'Reorder point',
      suggestedQty: 'Order quantity',
      unitCostYuan: 'Unit cost (¥)',
      costYuan: 'Cost (¥)',
      howComputed: 'How it was computed'
    }
  },
  errors: {
    rule_is_preset: 'A preset cannot be deleted. Edit it, reset it, or choose another rule instead.',
    rule_is_active: 'This rule is the one its platform uses. Choose another rule for the platform first.',
    incoming_not_open: 'This delivery is already {{status}} and cannot be changed.',
    not_open: 'This order is not awaiting shipment, so it has no triage.'
  },
  presets: {
    pdd_fixed_3: {
      name: 'Pinduoduo · late shipment ¥3 per order',
      source:
        'Late shipment: a fixed ¥3 per order (reported for the 48 h shipping rule; one news item says enforcement paused from 2022-12-09; ERP bill data shows 延迟发货扣款 of ¥3.0 on 2025 orders). Stockout deduction: bills show the item without an amount, assumed ¥3 as well; edit it to match your bill. Ship window: 48 h for ordinary goods (24 h for some).'
    },
    pdd_percent_10: {
      name: 'Pinduoduo · 10% of paid (min ¥5, max ¥100)',
      source:
        'An undated public source: orders still unshipped several days after payment pay 10% of the amount paid, at least ¥5 and at most ¥100. Stockout deduction: no public figure, assumed the same; edit it to match your bill.'
    },
    taobao_percent_5: {
      name: 'Taobao · 5% of paid (min ¥5, max ¥30)',
      source:
        'Assumption: our notes only name the bill items 卖家延迟发货赔付红包 and 淘宝缺货赔付红包, without amounts. Uses the commonly quoted Taobao late-shipment penalty of 5% of the sale, at least ¥5, at most ¥30 (not checked against the current rules); stockout estimated the same way. Ship window assumed 48 h (the classic rule says 72 h; the earlier one is used so a deadline is never later than the platform’s), used only when the export has no promised ship time.'
    },
    douyin_percent_10: {
      name: 'Douyin shop · 10% of paid (min ¥5, max ¥100) (assumed)',
      source:
        'Assumption: our notes give no Douyin figures. So as not to understate the risk, it uses the highest of the known presets: 10% of the amount paid, at least ¥5, at most ¥100. Ship window assumed 48 h (the export’s 承诺发货时间 wins when present). Edit to match the Douyin back office and your bills.'
    },
    other_none: {
      name: 'Other platforms · no compensation',
      source: 'No platform rule: ship window assumed 48 h after payment, no compensation. Edit to match your platform.'
    }
  },
  cli: {
    noOpenOrders: 'No orders are awaiting shipment.',
    computedAt: 'as of {{computedAt}}',
    whatIf: 'what-if as of {{nowAt}} (nothing stored changed)'
  }
}
