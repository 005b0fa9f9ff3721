import { useTranslation } from 'react-i18next'
import { Icon } from './Icon'

/** A search field; the caller debounces the value it queries with. */
export function SearchBox(props: { label: string; placeholder: string; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation()
  return (
    <div className="search">
      <Icon name="search" />
      <input
        type="search"
        aria-label={props.label}
        placeholder={props.placeholder}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && props.value) {
            e.preventDefault()
            props.onChange('')
          }
        }}
        spellCheck={false}
        autoComplete="off"
      />
      {props.value ? (
        <button type="button" className="search-clear" aria-label={t('common.clearSearch')} onClick={() => props.onChange('')}>
          ×
        </button>
      ) : null}
    </div>
  )
}
