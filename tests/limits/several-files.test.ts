// The import limits hold for every file of a several-file import (Taobao's two files) and for every
// sheet of a workbook, whichever sheet is read: the refusal names the file, and nothing is written.
import { describe, expect, it } from 'vitest'
import writeXlsxFile from 'write-excel-file/node'
import type { CallInput } from '../../src/shared/contract'
import type { ImportJobStatus } from '../../src/shared/types'
import { IMPORT_LIMITS } from '../../src/shared/import-limits'
import { pddCsv, pddOrderNo } from '../import/fixtures'
import { testShop, type TestShop } from '../helpers/shop'

async function run(s: TestShop, input: CallInput<'import.start'>): Promise<ImportJobStatus> {
  let job = await s.call('import.start', input)
  while (job.state === 'running') {
    await new Promise((r) => setImmediate(r))
    job = await s.call('import.job', { jobId: job.jobId })
  }
  return job
}

const tooWide = IMPORT_LIMITS.columns + 1
const orders = (s: TestShop) => (s.db.prepare('SELECT COUNT(*) AS n FROM orders').get() as { n: number }).n

describe('limits on several files and several sheets', () => {
  it('a second file past a limit refuses the whole import, naming that file', async () => {
    const s = testShop()
    const wide = new TextEncoder().encode(`${Array.from({ length: tooWide }, (_, i) => `c${i}`).join(',')}\n1\n`)
    const job = await run(s, {
      kind: 'orders',
      fileName: 'ExportOrderList.csv',
      bytes: pddCsv([{ orderNo: pddOrderNo(1) }]),
      moreFiles: [{ fileName: 'ExportOrderDetailList.csv', bytes: wide }],
      dryRun: false
    })
    expect(job.state).toBe('failed')
    expect(job.error).toMatchObject({ code: 'import_limit', params: { limit: 'columns', file: 'ExportOrderDetailList.csv' } })
    expect(orders(s)).toBe(0)
  })

  it('a sheet past a limit refuses the workbook even when another sheet is the one picked', async () => {
    const s = testShop()
    const bytes = await writeXlsxFile([
      { sheet: '订单', data: [[{ value: '订单号' }], [{ value: pddOrderNo(1) }]] },
      { sheet: '宽表', data: [Array.from({ length: tooWide }, (_, i) => ({ value: `c${i}` }))] }
    ]).toBuffer()
    for (const sheet of [null, '订单']) {
      const job = await run(s, { kind: 'orders', fileName: '千牛.xlsx', bytes: new Uint8Array(bytes), sheet, dryRun: true })
      expect(job.state, String(sheet)).toBe('failed')
      expect(job.error).toMatchObject({ code: 'import_limit', params: { limit: 'columns', file: '千牛.xlsx' } })
    }
    expect(orders(s)).toBe(0)
  })
})
