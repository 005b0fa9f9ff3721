// Platform rules as data: list, edit, choose the active one per platform, reset a
// preset, delete the user's own. The engine reads the active rule of each platform.
import type { ParsedInput } from '../../../shared/contract'
import type { PenaltyFormula, PlatformRule } from '../../../shared/engine-types'
import { AppError } from '../../../shared/errors'
import { PLATFORMS, type Platform } from '../../../shared/types'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { penaltyColumns, RULE_PRESETS } from './presets'

export interface ActiveRule {
  shipWindowHours: number
  late: PenaltyFormula
  stockout: PenaltyFormula
}

/** Used only if a platform somehow has no active rule: a plain 48 h window, no penalty. */
const FALLBACK: ActiveRule = { shipWindowHours: 48, late: { kind: 'fixed', fixedFen: 0 }, stockout: { kind: 'fixed', fixedFen: 0 } }

interface RuleRow {
  id: number
  platform: Platform
  preset: string | null
  edited: number
  name: string
  ship_window_hours: number
  late_kind: 'fixed' | 'percent'
  late_fixed_fen: number
  late_percent_bp: number
  late_min_fen: number
  late_max_fen: number | null
  stockout_kind: 'fixed' | 'percent'
  stockout_fixed_fen: number
  stockout_percent_bp: number
  stockout_min_fen: number
  stockout_max_fen: number | null
  source: string
  source_date: string | null
  active: number
  updated_at: string
}

function formula(kind: 'fixed' | 'percent', fixedFen: number, percentBp: number, minFen: number, maxFen: number | null): PenaltyFormula {
  return kind === 'fixed' ? { kind, fixedFen } : { kind, percentBp, minFen, maxFen }
}

function toRule(r: RuleRow): PlatformRule {
  return {
    id: r.id,
    platform: r.platform,
    preset: r.preset,
    edited: r.edited === 1,
    name: r.name,
    shipWindowHours: r.ship_window_hours,
    late: formula(r.late_kind, r.late_fixed_fen, r.late_percent_bp, r.late_min_fen, r.late_max_fen),
    stockout: formula(r.stockout_kind, r.stockout_fixed_fen, r.stockout_percent_bp, r.stockout_min_fen, r.stockout_max_fen),
    source: r.source,
    sourceDate: r.source_date,
    active: r.active === 1,
    updatedAt: r.updated_at
  }
}

/** The rule an order goes by: its shop's own rule (issue #16) when set and of the same platform, else the platform's active one. */
export type RuleOf = ((platform: Platform, shopId?: number) => ActiveRule) & { /** Changes whenever any ship window in force does. */ windowsKey: string }

export function activeRules(db: Db): RuleOf {
  const rows = prepared(db, 'SELECT * FROM platform_rules WHERE active = 1').all() as RuleRow[]
  const map = new Map<Platform, ActiveRule>(rows.map((r) => [r.platform, toRule(r)]))
  const shopRows = prepared(
    db,
    `SELECT sr.shop_id AS shopId, r.* FROM shop_rules sr JOIN shops s ON s.id = sr.shop_id
     JOIN platform_rules r ON r.id = sr.rule_id AND r.platform = s.platform ORDER BY sr.shop_id`
  ).all() as (RuleRow & { shopId: number })[]
  const byShop = new Map<number, ActiveRule>(shopRows.map((r) => [r.shopId, toRule(r)]))
  const rule = ((platform: Platform, shopId?: number) =>
    (shopId !== undefined ? byShop.get(shopId) : undefined) ?? map.get(platform) ?? FALLBACK) as RuleOf
  rule.windowsKey = [
    ...PLATFORMS.map((p) => (map.get(p) ?? FALLBACK).shipWindowHours),
    ...shopRows.map((r) => `${r.shopId}:${r.ship_window_hours}`)
  ].join(',')
  return rule
}

export function listRules(ctx: CoreContext): PlatformRule[] {
  return (
    prepared(
      ctx.db,
      `SELECT * FROM platform_rules ORDER BY CASE platform WHEN 'pdd' THEN 0 WHEN 'taobao' THEN 1 WHEN 'douyin' THEN 2 ELSE 3 END, active DESC, id`
    ).all() as RuleRow[]
  ).map(toRule)
}

function getRule(ctx: CoreContext, id: number): RuleRow {
  const row = prepared(ctx.db, 'SELECT * FROM platform_rules WHERE id = ?').get(id) as RuleRow | undefined
  if (!row) throw new AppError('not_found', { entity: 'rule', id }, 'id')
  return row
}

function activate(ctx: CoreContext, row: RuleRow): void {
  // Two statements in one transaction: the partial unique index allows one active rule per platform at any moment.
  prepared(ctx.db, 'UPDATE platform_rules SET active = 0 WHERE platform = ? AND active = 1').run(row.platform)
  prepared(ctx.db, 'UPDATE platform_rules SET active = 1, updated_at = ? WHERE id = ?').run(isoNow(ctx), row.id)
}

const COLUMNS = `name = ?, ship_window_hours = ?,
  late_kind = ?, late_fixed_fen = ?, late_percent_bp = ?, late_min_fen = ?, late_max_fen = ?,
  stockout_kind = ?, stockout_fixed_fen = ?, stockout_percent_bp = ?, stockout_min_fen = ?, stockout_max_fen = ?,
  source = ?, source_date = ?`

function checkFormula(f: PenaltyFormula, field: string): void {
  if (f.kind === 'percent' && f.maxFen !== null && f.maxFen < f.minFen) {
    throw new AppError('invalid_input', { field, reason: 'max_below_min' }, field)
  }
}

export function saveRule(ctx: CoreContext, input: ParsedInput<'rules.save'>): PlatformRule {
  checkFormula(input.late, 'late')
  checkFormula(input.stockout, 'stockout')
  const values = [
    input.name,
    input.shipWindowHours,
    ...penaltyColumns(input.late),
    ...penaltyColumns(input.stockout),
    input.source,
    input.sourceDate
  ]
  const id = ctx.db
    .transaction(() => {
      const now = isoNow(ctx)
      let ruleId: number
      if (input.id === null) {
        const { lastInsertRowid } = prepared(
          ctx.db,
          `INSERT INTO platform_rules (platform, name, ship_window_hours,
             late_kind, late_fixed_fen, late_percent_bp, late_min_fen, late_max_fen,
             stockout_kind, stockout_fixed_fen, stockout_percent_bp, stockout_min_fen, stockout_max_fen,
             source, source_date, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
        ).run(input.platform, ...values, now, now)
        ruleId = Number(lastInsertRowid)
      } else {
        const before = getRule(ctx, input.id)
        if (before.platform !== input.platform) throw new AppError('invalid_input', { field: 'platform', reason: 'fixed' }, 'platform')
        prepared(ctx.db, `UPDATE platform_rules SET ${COLUMNS}, edited = CASE WHEN preset IS NULL THEN 0 ELSE 1 END, updated_at = ? WHERE id = ?`).run(
          ...values,
          now,
          input.id
        )
        ruleId = input.id
      }
      if (input.activate) activate(ctx, getRule(ctx, ruleId))
      recordAudit(ctx, input.id === null ? 'rule.create' : 'rule.update', 'rule', ruleId, { ...input, id: ruleId })
      return ruleId
    })
    .immediate()
  return toRule(getRule(ctx, id))
}

export function activateRule(ctx: CoreContext, id: number): PlatformRule[] {
  ctx.db
    .transaction(() => {
      const row = getRule(ctx, id)
      activate(ctx, row)
      recordAudit(ctx, 'rule.activate', 'rule', id, { platform: row.platform })
    })
    .immediate()
  return listRules(ctx)
}

export function resetRule(ctx: CoreContext, id: number): PlatformRule {
  ctx.db
    .transaction(() => {
      const row = getRule(ctx, id)
      const preset = RULE_PRESETS.find((p) => p.code === row.preset)
      if (!preset) throw new AppError('invalid_input', { field: 'id', reason: 'not_a_preset' }, 'id')
      prepared(ctx.db, `UPDATE platform_rules SET ${COLUMNS}, edited = 0, updated_at = ? WHERE id = ?`).run(
        preset.name,
        preset.shipWindowHours,
        ...penaltyColumns(preset.late),
        ...penaltyColumns(preset.stockout),
        preset.source,
        preset.sourceDate,
        isoNow(ctx),
        id
      )
      recordAudit(ctx, 'rule.reset', 'rule', id, { preset: preset.code })
    })
    .immediate()
  return toRule(getRule(ctx, id))
}

export function deleteRule(ctx: CoreContext, id: number): { deleted: boolean } {
  return ctx.db
    .transaction(() => {
      const row = prepared(ctx.db, 'SELECT * FROM platform_rules WHERE id = ?').get(id) as RuleRow | undefined
      if (!row) return { deleted: false }
      if (row.preset !== null) throw new AppError('conflict', { id }, 'id', 'engine.errors.rule_is_preset')
      if (row.active === 1) throw new AppError('conflict', { id }, 'id', 'engine.errors.rule_is_active')
      prepared(ctx.db, 'DELETE FROM platform_rules WHERE id = ?').run(id)
      recordAudit(ctx, 'rule.delete', 'rule', id, { platform: row.platform, name: row.name })
      return { deleted: true }
    })
    .immediate()
}
