// An axis label tilted to fit long names (causes, suppliers), cut with an
// ellipsis; the full name is its tooltip.
import { clip } from './look'
import { token } from '../../lib/tokens'

export function AngledTick(props: { x?: number; y?: number; payload?: { value: string }; max: number }) {
  const label = props.payload?.value ?? ''
  return (
    <g transform={`translate(${props.x ?? 0},${props.y ?? 0})`}>
      <text x={0} y={0} dy={10} textAnchor="end" transform="rotate(-28)" fontSize={12} fill={token('chart-axis')}>
        <title>{label}</title>
        {clip(label, props.max)}
      </text>
    </g>
  )
}
