// The digest of the file rows an order was read from (orders.import_row_digest, migration 015).
//
// A re-import of a 200,000-row export spent most of its time reading rows into orders only to find,
// by their digest, that nothing changed. When the shop stored, for an order, the digest of the very
// rows the file has now, read the same way, reading them again can only give the same order: the
// parse passes over them (OrderBuilder) and the order counts as unchanged.
//
// "Read the same way" is the reading key: everything besides the cells that decides what a row
// becomes: the export's format, header row and any column mapping (which column is which), the status
// meanings in force, the app's version (a release that reads a cell differently must read every order
// again once) and ROW_DIGEST_VERSION (bumped with any change to how rows are read, between releases too).
import { hash } from 'node:crypto'
import type { OrderStatus } from '../../../../shared/types'

/** Bump with any change to how rows become orders (parse/rows.ts, parse/orders.ts, parse/cells.ts). */
export const ROW_DIGEST_VERSION = 1

export interface Reading {
  appVersion: string
  format: string
  headers: readonly string[]
  /** The merchant's column mapping, when one was given. */
  mapping: unknown
  /** The status meanings the rows are read with (saved ones and the import's own), text key → status. */
  statusMap: ReadonlyMap<string, OrderStatus>
}

/**
 * A short string standing for the whole reading (entries sorted: the same meanings give the same key).
 * It prefixes every digest made under it, so a digest stored under another reading never matches.
 */
export function readingKey(r: Reading): string {
  const meanings = [...r.statusMap].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return hash('sha1', JSON.stringify([ROW_DIGEST_VERSION, r.appVersion, r.format, r.headers, r.mapping ?? null, meanings]), 'base64').slice(0, 8)
}

/**
 * One row under one reading: a CSV row's text as written (the same text is the same cells), a workbook
 * row's cells as JSON (no separator a cell could contain makes two rows alike) after a NUL, which no
 * CSV we read contains (decode.ts refuses it), so the two never meet. The key is put before the hash,
 * not hashed with the row: one string less to build per row.
 */
export function rowDigest(key: string, cells: readonly string[], raw: string | undefined): string {
  return key + hash('sha1', raw ?? '\u0000' + JSON.stringify(cells), 'base64')
}

/** An order's rows in file order: one row's digest is the order's, several are digested together. */
export const rowsDigest = (key: string, rows: readonly string[]): string =>
  rows.length === 1 ? rows[0]! : key + hash('sha1', rows.join(','), 'base64')
