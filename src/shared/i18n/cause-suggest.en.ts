// English strings of the suggested cause (issue 16 point 5). Keys mirror
// cause-suggest.zh-CN.ts exactly (a test checks). Times (…At) are shown in the
// shop's time zone by engine-format.ts.
export const causeSuggestEn = {
  title: 'Suggested cause: {{cause}}',
  why: 'What the records show',
  confirm: 'Confirm this cause',
  confirmHint: 'Records the suggested cause in one click. To record another, choose it below.',
  none: 'The records point to no cause; choose one below.',
  loading: 'Looking for the cause in the records…',
  facts: {
    deliveryMissing:
      'A delivery of {{quantity}} × {{sku}} was due {{expectedAt}}, before the order’s deadline {{deadlineAt}}, and has not come.',
    deliveryLate:
      'A delivery of {{quantity}} × {{sku}} was due {{expectedAt}} (deadline {{deadlineAt}}) and only came {{receivedAt}}, after the stock ran out.',
    deliveryCancelled: 'A delivery of {{quantity}} × {{sku}} due {{expectedAt}} was cancelled.',
    deliveryShort: 'A delivery of {{quantity}} × {{sku}} due {{expectedAt}} came short: {{received}} received on {{receivedAt}}.',
    demandSpike:
      '{{units}} × {{sku}} were ordered in the {{days}} days before the stockout ({{perDay}} a day), {{times}} times the in-stock average of {{average}} a day.',
    oversold:
      'The last units of {{sku}} went to {{orders}} orders within {{hours}} before this one (paid {{paidAt}}), from another shop: {{shops}} (first at {{firstAt}}).',
    countRemoved: 'A stock count on {{movedAt}} took {{removed}} × {{sku}} off the record; this order needs {{needed}}.',
    adjustRemoved: 'An adjustment on {{movedAt}} took {{removed}} × {{sku}} off the record; this order needs {{needed}}.',
    belowReorderPoint:
      '{{sku}} stood at {{onHand}} on {{sinceAt}}, below its reorder point of {{reorderPoint}}, for {{days}} days before the stockout with nothing on order.',
    recentMapping: 'The line’s code {{code}} was mapped to {{sku}} on {{mappedAt}}, within {{days}} days of the order ({{orderAt}}).',
    lateBundle: 'The bundle {{code}} was defined on {{definedAt}}, after the order ({{orderAt}}).'
  },
  review: {
    title: 'Suggested causes',
    text: '{{suggested}} suggested · {{confirmed}} confirmed · {{changed}} changed',
    none: 'No cause in this period was recorded with a suggestion.',
    rate: '{{pct}}% of suggestions confirmed'
  }
}
