import { describe, expect, it } from 'vitest'
import { MAX_TOASTS, TOAST_MS, withToast, type Toast } from '../../src/shared/toast-rules'
import { columnsToHide, trackMin } from '../../src/shared/column-fit'

const toast = (id: number, kind: Toast['kind'] = 'success'): Toast => ({ id, kind, text: `t${id}` })

describe('toast timing and stacking', () => {
  it('lets confirmations go by themselves and keeps errors until dismissed', () => {
    expect(TOAST_MS.success).toBeGreaterThan(0)
    expect(TOAST_MS.info).toBeGreaterThan(TOAST_MS.success!)
    expect(TOAST_MS.error).toBeNull()
  })

  it('never stacks more than three, the oldest confirmation leaving first', () => {
    let list: Toast[] = []
    list = withToast(list, toast(1, 'error'))
    for (const id of [2, 3, 4, 5]) list = withToast(list, toast(id))
    expect(list).toHaveLength(MAX_TOASTS)
    expect(MAX_TOASTS).toBeLessThanOrEqual(3)
    expect(list.map((t) => t.id)).toEqual([1, 4, 5])
  })

  it('shows the newest toast even when the older ones are all errors', () => {
    let list: Toast[] = [toast(1, 'error'), toast(2, 'error'), toast(3, 'error')]
    list = withToast(list, toast(4))
    expect(list.map((t) => t.id)).toEqual([2, 3, 4])
  })
})

describe('column priorities', () => {
  const cols = [
    { id: 'code', width: '120px' },
    { id: 'name', width: 'minmax(150px, 2fr)' },
    { id: 'spec', width: '100px', priority: 1 },
    { id: 'price', width: '90px', priority: 3 },
    { id: 'lead', width: '80px', priority: 2 },
    { id: 'deadline', width: '140px' }
  ]

  it('reads the least width of a grid track', () => {
    expect(trackMin('120px')).toBe(120)
    expect(trackMin('minmax(150px, 2fr)')).toBe(150)
    expect(trackMin('2fr')).toBe(0)
  })

  it('hides nothing when everything fits or before the table is measured', () => {
    expect(columnsToHide(cols, 800).size).toBe(0)
    expect(columnsToHide(cols, 0).size).toBe(0)
  })

  it('leaves out the highest priority number first until the rest fit', () => {
    expect([...columnsToHide(cols, 600)]).toEqual(['price'])
    expect([...columnsToHide(cols, 520)]).toEqual(['price', 'lead'])
    expect([...columnsToHide(cols, 420)]).toEqual(['price', 'lead', 'spec'])
  })

  it('never leaves out a key column, even when the rest still do not fit', () => {
    const hidden = columnsToHide(cols, 200)
    expect(hidden.has('code') || hidden.has('name') || hidden.has('deadline')).toBe(false)
  })
})
