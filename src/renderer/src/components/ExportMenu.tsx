// "Export ▾" with CSV and Excel: asks the core for the file's bytes and saves them.
// In the desktop app a download opens the system save dialog.
import { useTranslation } from 'react-i18next'
import type { ExportFile } from '@shared/types'
import { useMenu } from '../lib/use-menu'
import { Icon } from './Icon'

export type ExportFormat = 'csv' | 'xlsx'
const FORMATS: ExportFormat[] = ['csv', 'xlsx']

/** Hands the file to the browser as a download (Blob + <a download>). */
export function saveFile(file: ExportFile): void {
  const blob = new Blob([new Uint8Array(file.bytes)], { type: file.mime })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Revoke later: the download reads the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export function ExportMenu(props: {
  run: (format: ExportFormat) => Promise<ExportFile>
  label?: string
  primary?: boolean
  testId?: string
  /** Why exporting is not possible right now; the button is disabled and says so. */
  disabledReason?: string | null
}) {
  const { t } = useTranslation()
  const { open, setOpen, ref, buttonRef, onMenuKey, busy, act } = useMenu()

  const pick = (format: ExportFormat): Promise<void> =>
    act(async () => {
      const file = await props.run(format)
      saveFile(file)
      return t('export.done', { count: file.rows, file: file.fileName })
    })

  return (
    <div className="menu-anchor" ref={ref} data-testid={props.testId}>
      <button
        ref={buttonRef}
        type="button"
        className={`btn${props.primary ? ' btn-primary' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={busy || !!props.disabledReason}
        title={props.disabledReason ?? undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name="export" size={16} />
        {busy ? t('export.exporting') : (props.label ?? t('export.button'))}
        <span className="menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open ? (
        <div className="menu" role="menu" aria-label={t('export.menuLabel')} onKeyDown={onMenuKey}>
          {FORMATS.map((f) => (
            <button key={f} type="button" role="menuitem" className="menu-item" onClick={() => void pick(f)}>
              <span className="menu-item-title">{t(`export.format.${f}`)}</span>
              <span className="menu-item-hint">{t(`export.formatHint.${f}`)}</span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  )
}
