// Fields the forms repeat: a note, a yuan amount, a moment in the shop's time
// zone. Each is a labelled Field (label, hint, error, suffix) around its one input.
import type { ComponentProps } from 'react'
import { Field } from './Field'

type FieldProps = Omit<ComponentProps<typeof Field>, 'children'>
type Controlled = { value: string; onChange: (value: string) => void }

/** A free-text note (up to 1000 characters unless told). */
export function NoteField({ value, onChange, maxLength = 1000, ...field }: FieldProps & Controlled & { maxLength?: number }) {
  return (
    <Field {...field}>
      <input value={value} onChange={(e) => onChange(e.target.value)} maxLength={maxLength} />
    </Field>
  )
}

/** A yuan amount as typed ("12.5"); the form parses it to exact fen (parseYuan). */
export function YuanField({ value, onChange, ...field }: FieldProps & Controlled) {
  return (
    <Field {...field}>
      <input inputMode="decimal" value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  )
}

/** A wall-clock time in the shop's time zone ("2026-11-27T14:00"); the form reads it with wallToIso. */
export function DateTimeField({ value, onChange, ...field }: FieldProps & Controlled) {
  return (
    <Field {...field}>
      <input type="datetime-local" value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  )
}
