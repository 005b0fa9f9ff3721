// The welcome path of a shop without orders yet: import the stock list, import the
// orders export, see the alerts — each step a real link, marked done from the shop's
// own numbers — and, while the shop is still empty, the demo shop to look around in.
import { useTranslation } from 'react-i18next'
import type { ShopStatus } from '@shared/types'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Icon, type IconName } from '../../components/Icon'
import { useApp } from '../../lib/app-context'
import { href } from '../../lib/router'
import { useAction } from '../../lib/use-action'

interface Step {
  n: 1 | 2 | 3
  icon: IconName
  done: boolean
  /** The step's link, or null while it cannot be taken yet. */
  link: string | null
  note: string | null
}

export function FirstRun({ status }: { status: ShopStatus }) {
  const { t } = useTranslation()
  const { notify, dataChanged } = useApp()
  const demo = useAction()
  const steps: Step[] = [
    { n: 1, icon: 'inventory', done: status.skus > 0, link: href('import', { kind: 'stock' }), note: status.skus > 0 ? t('firstRun.welcome.step1Done', { count: status.skus }) : null },
    { n: 2, icon: 'orders', done: status.orders > 0, link: href('import', { kind: 'orders' }), note: null },
    { n: 3, icon: 'alerts', done: false, link: null, note: t('firstRun.welcome.step3Waiting') }
  ]
  // The first step not done is the one to take now.
  const next = steps.find((s) => !s.done)?.n
  const actions: Record<1 | 2, string> = { 1: t('firstRun.welcome.step1Action'), 2: t('firstRun.welcome.step2Action') }

  const loadDemo = (): Promise<void> =>
    demo.run(
      'run',
      () => call('demo.load', {}),
      (r) => {
        notify(t('alerts.demoLoaded', { skus: r.skus, orders: r.orders, suppliers: r.suppliers }))
        dataChanged()
      }
    )

  return (
    <section className="first-run" aria-labelledby="first-run-title" data-testid="first-run">
      <div className="first-run-head">
        <span className="first-run-icon" aria-hidden="true">
          <Icon name="store" size={28} />
        </span>
        <h2 id="first-run-title">{t('firstRun.welcome.title')}</h2>
        <p className="muted">{t('firstRun.welcome.body')}</p>
      </div>
      <ol className="first-run-steps" aria-label={t('firstRun.welcome.stepsLabel')}>
        {steps.map((s) => (
          <li
            key={s.n}
            className={`first-run-step${s.done ? ' done' : ''}${s.n === next ? ' next' : ''}`}
            data-testid={`first-run-step-${s.n}`}
            data-done={s.done ? 'yes' : 'no'}
          >
            <span className="step-mark" aria-hidden="true">
              {s.done ? <Icon name="check" size={16} /> : s.n}
            </span>
            <div className="step-text">
              <strong>{t(`firstRun.welcome.step${s.n}`)}</strong>
              <span className="step-state">{s.done ? t('firstRun.welcome.done') : t('firstRun.welcome.notDone')}</span>
              <p className="muted small">{t(`firstRun.welcome.step${s.n}Body`)}</p>
              {s.note ? <p className="small step-note">{s.note}</p> : null}
            </div>
            {s.link && s.n !== 3 ? (
              <a className={`btn${s.n === next ? ' btn-primary' : ''}`} href={s.link} data-testid={`first-run-link-${s.n}`}>
                <Icon name={s.n === 1 ? 'upload' : 'import'} size={16} />
                {actions[s.n]}
              </a>
            ) : null}
          </li>
        ))}
      </ol>
      {status.isEmpty ? (
        <div className="first-run-demo">
          <div>
            <strong>{t('firstRun.welcome.demoTitle')}</strong>
            <p className="muted small">{t('firstRun.welcome.demoBody')}</p>
          </div>
          <button type="button" className="btn" onClick={() => void loadDemo()} disabled={demo.busy !== null} data-testid="load-demo">
            {demo.busy ? t('firstRun.welcome.demoLoading') : t('firstRun.welcome.demoAction')}
          </button>
        </div>
      ) : null}
      {demo.error ? <ErrorNotice error={demo.error} /> : null}
    </section>
  )
}
