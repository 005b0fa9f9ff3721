// Before a file is chosen: where each kind of file comes from, in plain words.
import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import type { ImportKind } from './lists'

const SOURCES = ['pdd', 'taobao', 'douyin'] as const

export function ImportGuide({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation()
  return (
    <section className="box box-note" aria-labelledby="import-guide-title" data-testid="import-guide">
      <div className="box-note-head">
        <Icon name="info" />
        <h2 className="box-title" id="import-guide-title">
          {t(`import.guide.title.${kind}`)}
        </h2>
      </div>
      {kind === 'orders' ? (
        <ul className="source-list">
          {SOURCES.map((s) => (
            <li key={s}>
              <Icon name="file" size={16} />
              <span className={`platform platform-${s}`}>{t(`platform.${s}`)}</span>
              <span>{t(`import.source.${s}`)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p>{t('import.guide.stockBody')}</p>
          <p className="mono guide-columns">{t('import.guide.stockColumns')}</p>
          <p>{t('bundles.guide')}</p>
        </>
      )}
      <p className="muted small">{t(`import.guide.after.${kind}`)}</p>
    </section>
  )
}
