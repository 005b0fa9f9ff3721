// An inbox folder as a merchant's Downloads looks after a morning's exports: a PDD order export
// (UTF-8 with BOM), a Douyin order export, a stock list (GBK, as Excel saves it) and a photo. Every
// file's time is set well before the test clock, so none counts as "still being written".
import { utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { TEST_NOW } from '../helpers/clock'
import { douyinCsv, douyinRow, encode, pddCsv, pddOrderNo } from '../import/fixtures'

export const SETTLED = new Date(TEST_NOW.getTime() - 3_600_000)

export function writeSettled(dir: string, name: string, bytes: Uint8Array | string, at: Date = SETTLED): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  utimesSync(path, at, at)
  return path
}

/** A PNG's signature and header chunk: binary, not a table. */
export const PHOTO = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89
])

export const PDD_ROWS = 12
export const DOUYIN_ROWS = 3

export function pddExport(n = PDD_ROWS): Uint8Array {
  return pddCsv(Array.from({ length: n }, (_, i) => ({ orderNo: pddOrderNo(i + 1), code: 'BWB-500-WHT', qty: '1' })))
}

export function fillInbox(dir: string): { pdd: string; douyin: string; stock: string; photo: string; pdf: string } {
  return {
    // Names say nothing: the headers decide.
    pdd: writeSettled(dir, 'orders_export_20261126.csv', pddExport()),
    douyin: writeSettled(
      dir,
      '导出数据.csv',
      douyinCsv([
        douyinRow({ orderNo: '6920000000000000001', subNo: '6920000000000000001' }),
        douyinRow({ orderNo: '6920000000000000002', subNo: '6920000000000000002' }),
        douyinRow({ orderNo: '6920000000000000003', subNo: '6920000000000000003', code: 'SY-PINK-M' })
      ])
    ),
    stock: writeSettled(dir, '库存.csv', encode('商家编码,商品名称,规格,库存\r\nBWB-500-WHT,不锈钢保温杯,白色 500ml,40\r\nSY-PINK-L,珊瑚绒睡衣,粉色 L,5\r\n', 'gb18030')),
    photo: writeSettled(dir, 'IMG_2041.png', PHOTO),
    pdf: writeSettled(dir, 'invoice.pdf', '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')
  }
}
