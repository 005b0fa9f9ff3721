import type { NormalizedOrder } from '../../src/main/core/import/parse'

/** One order as the import's parser hands it on: a PDD order of one line (two 保温杯), awaiting shipment. */
export function normalizedOrder(over: Partial<NormalizedOrder> = {}, quantity = 2): NormalizedOrder {
  return {
    platform: 'pdd',
    orderNo: '261126-000000000000001',
    part: 'whole',
    status: 'awaiting_shipment',
    afterSale: 'none',
    refundFen: null,
    presale: false,
    paidFen: 3990,
    paidAt: '2026-11-25T12:00:00.000Z',
    promisedShipAt: '2026-11-27T12:00:00.000Z',
    shippedAt: null,
    buyerName: '张三',
    buyerPhone: '',
    address: '浙江省 杭州市',
    buyerNote: '',
    merchantNote: '',
    lines: [
      {
        lineNo: 1,
        subOrderNo: null,
        merchantCode: 'BWB-500-WHT',
        platformProductId: '',
        platformSkuId: '',
        title: '保温杯',
        spec: '500ml 白色',
        quantity,
        amountFen: 3990
      }
    ],
    sourceRows: [2],
    ...over
  }
}
