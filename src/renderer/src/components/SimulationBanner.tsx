// Says loudly that the figures on screen are a what-if: as of another moment,
// computed on the fly, nothing stored changed. "Back to now" drops the moment.
import { useTranslation } from 'react-i18next'
import { useApp } from '../lib/app-context'
import { formatDateTime } from '../lib/format'
import { useNow } from '../lib/use-now'
import { durationText } from './Countdown'
import { Icon } from './Icon'

export function SimulationBanner({ at, onExit }: { at: string; onExit: () => void }) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const now = useNow()
  const diff = Date.parse(at) - now
  const offset =
    Math.abs(diff) < 60_000
      ? t('whatIf.offsetNow')
      : t(diff > 0 ? 'whatIf.offsetLater' : 'whatIf.offsetEarlier', { span: durationText(t, diff) })
  return (
    <div className="sim-banner" role="status" data-testid="what-if-banner">
      <Icon name="clock" size={20} />
      <div className="sim-text">
        <strong>{t('whatIf.bannerTitle', { at: formatDateTime(at, timeZone) })}</strong>
        <span>
          {offset} · {t('whatIf.bannerBody')}
        </span>
      </div>
      <button type="button" className="btn btn-small" onClick={onExit}>
        {t('whatIf.backToNow')}
      </button>
    </div>
  )
}
