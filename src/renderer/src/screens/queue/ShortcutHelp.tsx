import { useTranslation } from 'react-i18next'
import { Modal } from '../../components/Modal'

export const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['J', '↓'], what: 'down' },
  { keys: ['K', '↑'], what: 'up' },
  { keys: ['Enter'], what: 'open' },
  { keys: ['Esc'], what: 'back' },
  { keys: ['1–8'], what: 'step' },
  { keys: ['N'], what: 'notify' },
  { keys: ['C'], what: 'copy' },
  { keys: ['Ctrl/⌘+Enter'], what: 'submit' },
  { keys: ['U'], what: 'undo' },
  { keys: ['X'], what: 'select' },
  { keys: ['/'], what: 'search' },
  { keys: ['?'], what: 'help' }
]

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Modal title={t('queue.keys.title')} onClose={onClose} testId="shortcut-help" width={460}>
      <div className="modal-body">
        <table className="q-keys">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.what}>
                <td>
                  {s.keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </td>
                <td>{t(`queue.keys.${s.what}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted small">{t('queue.keys.note')}</p>
      </div>
    </Modal>
  )
}
