// Issue #16 point 1: the one shop filter over Orders, Alerts, the queue and the review.
export const shopFilterEn = {
  label: 'Shop',
  all: 'All shops',
  option: '{{platform}} · {{name}}',
  banner: 'Showing only the orders of {{shop}}. Other shops’ orders are hidden on Orders, Alerts, Queue and Review.',
  showAll: 'Show all shops',
  stockShared: 'Stock alerts (deliveries, running out, safety stock) are for the stock all shops share.',
  badgeAllShops: '{{count, number}} short orders in all shops (the badge does not follow the shop filter)',
  column: 'Shop',
  none: 'No shop'
}
