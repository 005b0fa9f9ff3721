// The queue's keys, said in words: the sheet behind `?` (every key with what it
// does) and the hint under the list. The keys themselves are handled in
// use-queue-keys.ts; a key named here must do what its line says there.
import { useTranslation } from 'react-i18next'
import { Modal } from '../../components/Modal'

/** A key's label: a letter as printed on the key, or a named key in the UI language. */
type KeyName = string | { name: 'enter' | 'esc' | 'submit' | 'digits' }

export const SHORTCUTS: { keys: KeyName[]; what: string }[] = [
  { keys: ['J', '↓'], what: 'down' },
  { keys: ['K', '↑'], what: 'up' },
  { keys: [{ name: 'enter' }], what: 'open' },
  { keys: [{ name: 'esc' }], what: 'back' },
  { keys: [{ name: 'digits' }], what: 'step' },
  { keys: ['N'], what: 'notify' },
  { keys: ['C'], what: 'copy' },
  { keys: [{ name: 'submit' }], what: 'submit' },
  { keys: ['U'], what: 'undo' },
  { keys: ['X'], what: 'select' },
  { keys: ['/'], what: 'search' },
  { keys: ['?'], what: 'help' }
]

function useKeyLabel(): (k: KeyName) => string {
  const { t } = useTranslation()
  return (k) => (typeof k === 'string' ? k : t(`queueWork.keys.names.${k.name}`))
}

/** Keys that do the same thing: J/K, J/↓. */
function Keys({ keys }: { keys: KeyName[] }) {
  const label = useKeyLabel()
  return keys.map((k, i) => (
    <span key={label(k)}>
      {i ? '/' : null}
      <kbd>{label(k)}</kbd>
    </span>
  ))
}

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Modal title={t('queueWork.keys.title')} onClose={onClose} testId="shortcut-help" width={520}>
      <div className="modal-body">
        <table className="q-keys">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.what} data-shortcut-row={s.what}>
                <td>
                  <Keys keys={s.keys} />
                </td>
                <td data-testid="shortcut-what">{t(`queueWork.keys.${s.what}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted small">{t('queueWork.keys.note')}</p>
      </div>
    </Modal>
  )
}

/** Under the list: the keys a merchant needs first, each with what it does. */
export function KeyHint() {
  const { t } = useTranslation()
  const items: [KeyName[], string][] = [
    [['J', 'K'], 'move'],
    [[{ name: 'enter' }], 'open'],
    [[{ name: 'esc' }], 'back'],
    [['C'], 'copy'],
    [['?'], 'more']
  ]
  return (
    <div className="q-keyhint" data-testid="queue-keyhint">
      {items.map(([keys, what], i) => (
        <span key={what}>
          {i ? ' · ' : null}
          <Keys keys={keys} /> {t(`queueWork.keys.hint.${what}`)}
        </span>
      ))}
    </div>
  )
}
