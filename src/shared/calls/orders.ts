// Orders.
import { z } from 'zod'
import type { OrderDetail, OrderRow, Page } from '../types'
import { ORDER_STATUSES, PLATFORMS } from '../types'
import { call, id, text, offset, limit } from './define'

export const ORDER_SORTS = ['paidAt', 'promisedShipAt', 'orderNo', 'paidFen', 'status', 'platform'] as const

export const orderCalls = {
  'orders.list': call<Page<OrderRow>>()(
    z.strictObject({
      search: text(200).default(''),
      status: z.enum(ORDER_STATUSES).nullable().default(null),
      platform: z.enum(PLATFORMS).nullable().default(null),
      productId: id.nullable().default(null),
      /** Only this shop's orders (an order with no shop never matches one). */
      shopId: id.nullable().default(null),
      sort: z.enum(ORDER_SORTS).default('paidAt'),
      dir: z.enum(['asc', 'desc']).default('desc'),
      offset,
      limit
    })
  ),
  'orders.get': call<OrderDetail>()(z.strictObject({ id }))
} as const
