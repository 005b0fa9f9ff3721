import type { SortState } from '../components/VirtualTable'

/**
 * A column header clicked: the same column flips direction; another column starts
 * in `first` (big-first for amounts and counts, where that is what people want).
 */
export function toggleSort(s: SortState, key: string, first: 'asc' | 'desc'): SortState {
  return s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: first }
}
