import { useId, type ReactElement, type ReactNode } from 'react'
import { cloneElement } from 'react'

/**
 * A labelled form field with hint and error text. The control gets the id, the
 * aria-describedby and aria-invalid, so the label and the message are announced.
 */
export function Field(props: {
  label: string
  hint?: ReactNode
  error?: string | null
  required?: boolean
  children: ReactElement<Record<string, unknown>>
  suffix?: ReactNode
  className?: string
}) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [props.error ? errorId : null, props.hint ? hintId : null].filter(Boolean).join(' ') || undefined
  const control = cloneElement(props.children, {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': props.error ? true : undefined,
    'aria-required': props.required ? true : undefined
  })
  return (
    <div className={`field${props.error ? ' has-error' : ''}${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id} className="field-label">
        {props.label}
        {props.required ? <span className="req" aria-hidden="true"> *</span> : null}
      </label>
      <div className="field-control">
        {control}
        {props.suffix ? <span className="field-suffix">{props.suffix}</span> : null}
      </div>
      {props.error ? (
        <div id={errorId} className="field-error" role="alert">
          {props.error}
        </div>
      ) : props.hint ? (
        <div id={hintId} className="field-hint">
          {props.hint}
        </div>
      ) : null}
    </div>
  )
}
