// Building blocks for the contract's call maps: the phantom-typed `call` helper
// and the input schemas several calls share.
import { z } from 'zod'

/** A call's output type rides along as a phantom; only the schema exists at run time. */
export function call<O>() {
  return <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O })
}

export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
export const text = (max: number) => z.string().max(max)
export const fen = z.number().int().min(0).max(1_000_000_000_00) // up to ¥1 billion
export const quantity = z.number().int().min(-1_000_000).max(1_000_000)
export const offset = z.number().int().min(0).max(10_000_000).default(0)
export const limit = z.number().int().min(1).max(1000).default(200)
export const sortDir = z.enum(['asc', 'desc']).default('asc')
export const merchantCode = z
  .string()
  .trim()
  .min(1)
  .max(64)
  // No spaces or control characters: a merchant code is one token that must match the platform's export exactly.
  .refine((code) => ![...code].some((ch) => /\s/u.test(ch) || ch.charCodeAt(0) < 0x20), 'no_spaces')
export const exportFormat = z.enum(['csv', 'xlsx'])
export const exportLang = z.enum(['zh-CN', 'en']).default('zh-CN')
