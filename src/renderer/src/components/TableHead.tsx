// The header row of a small table (a `mini-table`: drawers, dialogs, the review's
// tables): one column a label, at the end where the column holds numbers, with a
// tooltip saying what it means, or a label only screen readers hear (an actions
// column). The table then writes only its rows.
import type { ReactNode } from 'react'

export interface HeadCol {
  label: ReactNode
  /** A number column: the header lines up with the figures at the cell's end. */
  end?: boolean
  /** What the column means, on hover. */
  title?: string
  /** Heard, not seen: a column of buttons or toggles. */
  hidden?: boolean
  className?: string
}

/** A number column's header. */
export const endCol = (label: ReactNode, title?: string): HeadCol => ({ label, end: true, ...(title ? { title } : {}) })

export function TableHead({ cols }: { cols: readonly (string | HeadCol)[] }) {
  return (
    <thead>
      <tr>
        {cols.map((c, i) => {
          const col = typeof c === 'string' ? { label: c } : c
          const className = [col.className, col.end ? 'align-end' : null].filter(Boolean).join(' ') || undefined
          return (
            <th key={i} scope="col" className={className} title={col.title}>
              {col.hidden ? <span className="sr-only">{col.label}</span> : col.label}
            </th>
          )
        })}
      </tr>
    </thead>
  )
}
