/** A row of mutually exclusive filter chips (one pressed at a time). */
export function Chips<V extends string>(props: {
  label: string
  options: { value: V; label: string; count?: number }[]
  value: V
  onChange: (v: V) => void
}) {
  return (
    <div className="chips" role="group" aria-label={props.label}>
      {props.options.map((o) => (
        <button
          key={o.value}
          type="button"
          className={`chip${o.value === props.value ? ' active' : ''}`}
          aria-pressed={o.value === props.value}
          onClick={() => props.onChange(o.value)}
        >
          {o.label}
          {o.count !== undefined ? <span className="chip-count">{o.count}</span> : null}
        </button>
      ))}
    </div>
  )
}
