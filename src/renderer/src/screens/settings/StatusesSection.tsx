// Settings › Order statuses: what the merchant said unknown order-status texts mean, per platform.
// Every later import of that platform reads them first; here they are listed, changed, added, removed.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@shared/errors'
import { ORDER_STATUSES, PLATFORMS, type OrderStatus, type Platform } from '@shared/types'
import { call, toApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useApp } from '../../lib/app-context'
import { useCall } from '../../lib/use-call'

export function StatusesSection() {
  const { t } = useTranslation()
  const { notify } = useApp()
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const [platform, setPlatform] = useState<Platform>('pdd')
  const [text, setText] = useState('')
  const [status, setStatus] = useState<OrderStatus>('awaiting_shipment')

  // The list: a failed read is shown (below), never an empty list.
  const listed = useCall('statuses.list', {}, [])
  const rows = listed.data
  const load = async (): Promise<void> => listed.reload()

  async function act(fn: () => Promise<string>): Promise<void> {
    setBusy(true)
    setError(null)
    try {
      notify(await fn())
      await load()
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setBusy(false)
    }
  }

  const set = (p: Platform, x: string, s: OrderStatus) =>
    act(async () => {
      const r = await call('statuses.set', { platform: p, text: x, status: s })
      return t('statuses.saved', { text: r.text, status: t(`statusMeaning.${r.status}`) })
    })

  return (
    <section className="box" id="statuses" data-testid="statuses-section" aria-labelledby="statuses-title">
      <h2 className="box-title" id="statuses-title">
        {t('statuses.title')}
      </h2>
      <p className="muted small">{t('statuses.hint')}</p>
      {rows && rows.length === 0 ? <p className="muted">{t('statuses.empty')}</p> : null}
      {rows && rows.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th>{t('statuses.platform')}</th>
              <th>{t('statuses.text')}</th>
              <th>{t('statuses.means')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.platform}\u0001${r.text}`}>
                <td>{t(`platform.${r.platform}`)}</td>
                <td>{r.text}</td>
                <td>
                  <select
                    aria-label={`${r.text} ${t('statuses.means')}`}
                    value={r.status}
                    disabled={busy}
                    onChange={(e) => void set(r.platform, r.text, e.target.value as OrderStatus)}
                  >
                    {ORDER_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`statusMeaning.${s}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-ghost btn-small"
                    disabled={busy}
                    onClick={() =>
                      void act(async () => {
                        await call('statuses.remove', { platform: r.platform, text: r.text })
                        return t('statuses.removed', { text: r.text })
                      })
                    }
                  >
                    {t('statuses.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (text.trim()) void set(platform, text.trim(), status).then(() => setText(''))
        }}
      >
        <select
          aria-label={t('statuses.platform')}
          value={platform}
          disabled={busy}
          onChange={(e) => setPlatform(e.target.value as Platform)}
        >
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {t(`platform.${p}`)}
            </option>
          ))}
        </select>
        <input aria-label={t('statuses.text')} value={text} maxLength={100} disabled={busy} onChange={(e) => setText(e.target.value)} />
        <select aria-label={t('statuses.means')} value={status} disabled={busy} onChange={(e) => setStatus(e.target.value as OrderStatus)}>
          {ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statusMeaning.${s}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="btn" disabled={busy || !text.trim()}>
          {t('statuses.add')}
        </button>
      </form>
      {error || listed.error ? <ErrorNotice error={(error ?? listed.error)!} /> : null}
    </section>
  )
}
