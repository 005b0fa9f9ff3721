/** A progress bar; with no known total (max ≤ 0) it shows a moving stripe instead of a percentage. */
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const known = max > 0
  const pct = known ? Math.max(0, Math.min(100, Math.round((value / max) * 100))) : 0
  return (
    <div
      className={`progress${known ? '' : ' indeterminate'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={known ? pct : undefined}
    >
      <span className="progress-fill" style={known ? { width: `${pct}%` } : undefined} />
    </div>
  )
}
