// Step 1: what kind of file, from which platform, and the file itself (button or drag and drop).
import { useEffect, useRef, useState, type DragEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { formatInt } from '../../lib/format'
import { IMPORT_KINDS, IMPORT_PLATFORM_LIST, type ImportKind, type ImportPlatform } from './lists'

export interface PickedFile {
  name: string
  size: number
  bytes: Uint8Array
}

interface Props {
  kind: ImportKind
  platform: ImportPlatform
  file: PickedFile | null
  /** Files imported together with the first one (Taobao's 订单报表 + 宝贝报表). */
  moreFiles: PickedFile[]
  busy: boolean
  /** The hidden file input, so other parts of the screen can open the file chooser. */
  inputRef: RefObject<HTMLInputElement | null>
  onKind: (k: ImportKind) => void
  onPlatform: (p: ImportPlatform) => void
  /** Files the user chose or dropped, not yet read; `add`: keep the ones already chosen. */
  onFiles: (f: File[], add: boolean) => void
}

/** 1536 → "1.5 KB"; the size a person recognises from the file manager. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export function ImportSource({ kind, platform, file, moreFiles, busy, inputRef: input, onKind, onPlatform, onFiles }: Props) {
  const { t } = useTranslation()
  const [dragging, setDragging] = useState(false)
  const adding = useRef(false)
  const names = file ? [file, ...moreFiles].map((f) => f.name).join(' + ') : ''

  // A file dropped next to the drop zone must not make the window open it.
  useEffect(() => {
    const stop = (e: globalThis.DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault()
    }
    window.addEventListener('dragover', stop)
    window.addEventListener('drop', stop)
    return () => {
      window.removeEventListener('dragover', stop)
      window.removeEventListener('drop', stop)
    }
  }, [])

  function onDrop(e: DragEvent<HTMLDivElement>): void {
    e.preventDefault()
    setDragging(false)
    const fs = [...e.dataTransfer.files]
    if (fs.length && !busy) onFiles(kind === 'orders' ? fs : fs.slice(0, 1), false)
  }

  return (
    <section className="box import-source" aria-label={t('import.sourceLabel')}>
      <div className="import-options">
        <fieldset className="segmented-field">
          <legend className="field-label">{t('import.kindLabel')}</legend>
          <div className="segmented" role="radiogroup" aria-label={t('import.kindLabel')}>
            {IMPORT_KINDS.map((k) => (
              <label key={k} className={`segment${kind === k ? ' active' : ''}`}>
                <input type="radio" name="import-kind" value={k} checked={kind === k} disabled={busy} onChange={() => onKind(k)} />
                <span>{t(`import.kind.${k}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {kind === 'orders' ? (
          <label className="field import-platform">
            <span className="field-label">{t('import.platformLabel')}</span>
            <select value={platform} disabled={busy} onChange={(e) => onPlatform(e.target.value as ImportPlatform)}>
              {IMPORT_PLATFORM_LIST.map((p) => (
                <option key={p} value={p}>
                  {t(`import.platformOption.${p}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <p className="field-hint import-kind-hint">{t(`import.kindHint.${kind}`)}</p>
      </div>

      <div
        className={`dropzone${dragging ? ' dragging' : ''}${file ? ' has-file' : ''}`}
        data-testid="import-dropzone"
        onDragOver={(e) => {
          e.preventDefault()
          e.dataTransfer.dropEffect = busy ? 'none' : 'copy'
          if (!dragging) setDragging(true)
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false)
        }}
        onDrop={onDrop}
      >
        <input
          ref={input}
          className="sr-only"
          type="file"
          accept=".csv,.xlsx,.txt"
          multiple={kind === 'orders'}
          aria-label={t('import.drop.inputLabel')}
          tabIndex={-1}
          disabled={busy}
          onChange={(e) => {
            const fs = [...(e.target.files ?? [])]
            // Cleared so choosing the same file again (after fixing it) is noticed.
            e.target.value = ''
            const add = adding.current
            adding.current = false
            if (fs.length) onFiles(fs, add)
          }}
        />
        {file ? (
          <div className="dropzone-file">
            <span className="dropzone-icon" aria-hidden="true">
              <Icon name="file" size={22} />
            </span>
            <div className="dropzone-file-text">
              <div className="dropzone-file-name" data-testid="import-file-name" title={names}>
                {names}
              </div>
              <div className="muted small">
                {fileSize([file, ...moreFiles].reduce((n, f) => n + f.size, 0))} · {t('import.drop.dropAnother')}
              </div>
            </div>
            <button type="button" className="btn" disabled={busy} onClick={() => input.current?.click()}>
              {t('import.drop.chooseAnother')}
            </button>
            {kind === 'orders' ? (
              <button
                type="button"
                className="btn"
                disabled={busy}
                onClick={() => {
                  adding.current = true
                  input.current?.click()
                }}
              >
                {t('join.addFile')}
              </button>
            ) : null}
          </div>
        ) : (
          <div className="dropzone-empty">
            <span className="dropzone-icon" aria-hidden="true">
              <Icon name="upload" size={26} />
            </span>
            <div className="dropzone-title">{t('import.drop.title')}</div>
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => input.current?.click()}>
              {t('import.drop.choose')}
            </button>
            <div className="muted small">{t('import.drop.formats', { size: formatInt(512) })}</div>
          </div>
        )}
      </div>
      <p className="muted small import-safety">{t('import.safety')}</p>
    </section>
  )
}
