// A form's submit, once: a second click while the call runs sends nothing (a ref,
// set synchronously, so two clicks in one frame cannot both pass); the form's own
// checks put their messages on fields; an error the core returns for one of the
// form's fields goes on that field, in the user's language (`serverFields` names
// the form field for a contract field named otherwise, priceFen → price); any other
// error is the form's (FormDialog shows it). On success `pending` stays set: the dialog closes.
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@shared/errors'
import { toApiError } from '../api'
import { errorText } from '../i18n'

export type FieldErrors<F extends string> = Partial<Record<F, string>>

export function useSubmit<F extends string>(fields: readonly F[], serverFields: Readonly<Record<string, F>> = {}) {
  const { t } = useTranslation()
  const inFlight = useRef(false)
  const [pending, setPending] = useState(false)
  const [formError, setFormError] = useState<ApiError | null>(null)
  const [errors, setErrors] = useState<FieldErrors<F>>({})

  /** `check` returns the fields' messages (empty: go on); `work` makes the calls. */
  async function submit(e: FormEvent | null, check: () => FieldErrors<F>, work: () => Promise<void>): Promise<void> {
    e?.preventDefault()
    if (inFlight.current) return
    setFormError(null)
    const found = check()
    setErrors(found)
    if (Object.keys(found).length > 0) return
    inFlight.current = true
    setPending(true)
    try {
      await work()
    } catch (err) {
      const apiError = toApiError(err)
      // A field inside a list ("substituteIds.3") is its list's field.
      const head = apiError.field?.split('.')[0] ?? ''
      const field = Object.hasOwn(serverFields, head) ? serverFields[head] : fields.find((f) => f === head)
      if (field) setErrors((prev) => ({ ...prev, [field]: errorText(t, apiError) }))
      else setFormError(apiError)
      inFlight.current = false
      setPending(false)
    }
  }

  const clear = (): void => {
    setErrors({})
    setFormError(null)
  }

  const clearField = (field: F): void => setErrors((e) => ({ ...e, [field]: undefined }))
  const clearFormError = (): void => setFormError(null)

  /** What FormDialog shows of the submit: spread it, `<FormDialog {...form} …>`. */
  const form = { pending, formError }

  return { submit, pending, errors, formError, form, clear, clearField, clearFormError }
}
