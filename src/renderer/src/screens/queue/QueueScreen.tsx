// The cancellation queue (issue #5): where the owner spends the day when stock
// runs out. Left, every case by urgency (virtualized); right, the open case with
// its step bar, the step's form, the buyer's message and the timeline. Keyboard
// first: j/k move, Enter opens the step's form, Ctrl/Cmd+Enter submits it, n marks
// notified, c copies the message, u undoes, x selects for bulk, / searches, ? helps.
import { useShopFilter } from '../../lib/shop-filter'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CallInput } from '@shared/contract'
import type { CancelReason, CaseStep, QueueCase, QueueCounts, QueueScope, StockoutCause } from '@shared/queue-types'
import { CASE_STEPS, QUEUE_SCOPES } from '@shared/queue-types'
import type { CauseLabels } from '@shared/queue-format'
import type { Platform } from '@shared/types'
import { call, toApiError } from '../../api'
import { Chips } from '../../components/Chips'
import { ExportMenu } from '../../components/ExportMenu'
import { Icon } from '../../components/Icon'
import { PageHeader } from '../../components/PageHeader'
import { SearchBox } from '../../components/SearchBox'
import { errorText } from '../../i18n'
import { useApp } from '../../lib/app-context'
import { formatInt, formatMoney } from '../../lib/format'
import { idParam, paramOf, skuParam, useListSearch } from '../../lib/use-list-params'
import { QueueSkuFilter } from './QueueSkuFilter'
import { usePagedCall } from '../../lib/use-paged-list'
import { BulkBar } from './BulkBar'
import { CaseDetail, viewForStep, type FormView } from './CaseDetail'
import { QueueList, type Row } from './QueueList'
import { QueueSettings } from './QueueSettings'
import { KeyHint, ShortcutHelp } from './ShortcutHelp'
import type { StepCall } from './StepForms'
import './queue.css'
import './queue-compact.css'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useSuppliers } from '../../lib/use-suppliers'
import { useCall } from '../../lib/use-call'
import { useQueueKeys } from './use-queue-keys'
import { CauseFilter, EnumSelect, PlatformSelect } from '../../components/EnumOptions'

const NO_REASONS: CancelReason[] = []
const NO_CAUSES: StockoutCause[] = []

type StepFilter = CaseStep | 'all'
const OVERDUE_FILTERS = ['all', 'overdue', 'on_time'] as const
type OverdueFilter = (typeof OVERDUE_FILTERS)[number]

export function QueueScreen({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation()
  const { lang, notify } = useApp()
  const { search, setSearch, query } = useListSearch(params)
  const [scope, setScope] = useState<QueueScope>(() => paramOf(params, 'scope', QUEUE_SCOPES, 'open'))
  const [step, setStep] = useState<StepFilter>(() => paramOf(params, 'step', CASE_STEPS, 'all'))
  const [platform, setPlatform] = useState<Platform | null>(null)
  const [cause, setCause] = useState<string | null>(null)
  const [overdue, setOverdue] = useState<OverdueFilter>('all')
  const [sku, setSku] = useState(() => skuParam(params))
  const [counts, setCounts] = useState<QueueCounts | null>(null)
  const [cursor, setCursor] = useState(0)
  const [chosenId, setOpenId] = useState(() => idParam(params, 'case'))
  const [current, setCurrent] = useState<QueueCase | null>(null)
  const [view, setView] = useState<FormView | null>(null)
  const [focusToken, setFocusToken] = useState(0)
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [help, setHelp] = useState(false)
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [templatesVersion, setTemplatesVersion] = useState(0)
  const listWrapRef = useRef<HTMLDivElement>(null)

  const { shopId } = useShopFilter()
  const base = useMemo(
    () => ({
      scope,
      platform,
      cause,
      overdue: overdue === 'all' ? null : overdue === 'overdue',
      search: query,
      productId: sku?.id ?? null,
      shopId
    }),
    [scope, platform, cause, overdue, query, sku, shopId]
  )
  const filters = useMemo(() => ({ ...base, step: step === 'all' ? null : step }), [base, step])
  const { list, queryKey } = usePagedCall('queue.list', { ...filters, sort: 'urgency' }, (r): Row => ({ ...r, id: r.caseId }))

  // The lists the step forms choose from; a failure to read them is shown, not hidden as empty choices.
  const reasonsCall = useCall('queue.reasons.list', { platform: null, includeArchived: false }, [])
  const causesCall = useCall('queue.causes.list', { includeArchived: false }, [])
  const { suppliers, error: suppliersError } = useSuppliers()
  const reasons = reasonsCall.data ?? NO_REASONS
  const causes = causesCall.data ?? NO_CAUSES
  const listsError = reasonsCall.error ?? causesCall.error ?? suppliersError
  const { reload: reloadReasons } = reasonsCall
  const { reload: reloadCauses } = causesCall
  const loadLists = useCallback(() => {
    reloadReasons()
    reloadCauses()
  }, [reloadReasons, reloadCauses])

  const refreshCounts = useCallback(() => {
    call('queue.counts', base).then(setCounts, () => setCounts(null))
  }, [base])
  useEffect(() => refreshCounts(), [refreshCounts])

  // A new query starts at its top case.
  const [cursorKey, setCursorKey] = useState(queryKey)
  if (cursorKey !== queryKey) {
    setCursorKey(queryKey)
    setCursor(0)
  }

  // Open the case under the cursor (at once on click/Enter, after a pause while j/k move).
  const openTimer = useRef<number | undefined>(undefined)
  const openAt = useCallback(
    (index: number, delay: number) => {
      window.clearTimeout(openTimer.current)
      openTimer.current = window.setTimeout(() => {
        const row = list.rowAt(index)
        if (row) setOpenId(row.caseId)
      }, delay)
    },
    [list]
  )
  // The first case opens by itself, so the right pane is never empty.
  const openId = chosenId ?? list.rowAt(0)?.caseId ?? null

  const loadCase = useCallback(
    (caseId: number) => {
      call('queue.get', { caseId, orderNo: null, platform: null }).then(
        (c) => {
          setCurrent(c)
          setView(viewForStep(c.step))
        },
        (e: unknown) => {
          setCurrent(null)
          notify(errorText(t, toApiError(e)), 'error')
        }
      )
    },
    [notify, t]
  )
  useEffect(() => {
    if (openId !== null) loadCase(openId)
  }, [openId, loadCase])

  const afterCase = useCallback(
    (c: QueueCase) => {
      setCurrent(c)
      setView(viewForStep(c.step))
      list.patch({ ...c, id: c.caseId })
      list.reload()
      refreshCounts()
      setFocusToken((n) => n + 1)
    },
    [list, refreshCounts]
  )

  const act = useCallback(
    async <K extends StepCall>(name: K, input: CallInput<K>): Promise<string | null> => {
      try {
        const c = (await call(name, input)) as QueueCase
        notify(t('queue.done', { what: t(`cases.actions.${name.slice('queue.'.length)}`), orderNo: c.orderNo }))
        afterCase(c)
        return null
      } catch (e) {
        const text = errorText(t, toApiError(e))
        notify(text, 'error')
        return text
      }
    },
    [afterCase, notify, t]
  )

  const undo = useCallback(async () => {
    if (!current) return
    if (!current.allowed.undo.allowed) {
      notify(t(current.allowed.undo.refusal ?? 'errors.case_nothing_to_undo'), 'error')
      return
    }
    try {
      const c = await call('queue.undo', { caseId: current.caseId })
      notify(t('queue.undoneToast', { orderNo: c.orderNo }))
      afterCase(c)
    } catch (e) {
      notify(errorText(t, toApiError(e)), 'error')
    }
  }, [current, afterCase, notify, t])

  const toggle = useCallback((caseId: number) => {
    setSelected((s) => {
      const n = new Set(s)
      if (n.has(caseId)) n.delete(caseId)
      else n.add(caseId)
      return n
    })
  }, [])

  useQueueKeys({
    cursor,
    current,
    view,
    help,
    settingsOpen,
    list,
    listWrapRef,
    openTimer,
    openAt,
    undo,
    toggle,
    setCursor,
    setOpenId,
    setFocusToken,
    setHelp
  })

  const causeLabels: CauseLabels = useMemo(() => new Map(causes.map((c) => [c.code, c])), [causes])
  const stepOptions = [
    {
      value: 'all' as StepFilter,
      label: t('common.all'),
      ...(counts ? { count: Object.values(counts.byStep).reduce((a, b) => a + b, 0) } : {})
    },
    ...CASE_STEPS.filter((s) => scope !== 'open' || s !== 'closed').map((s) => ({
      value: s as StepFilter,
      label: t(`cases.steps.${s}`),
      ...(counts ? { count: counts.byStep[s] } : {})
    }))
  ]

  return (
    <div className="screen q-screen">
      <PageHeader
        title={t('queue.title')}
        subtitle={
          counts ? (
            <span data-testid="queue-summary">
              {t('queue.summary', {
                open: formatInt(counts.open),
                overdue: formatInt(counts.overdue),
                money: formatMoney(counts.lateFenOpen)
              })}
            </span>
          ) : undefined
        }
        actions={
          <>
            <button type="button" className="btn" onClick={() => setHelp(true)} data-testid="shortcuts-button">
              {t('queueWork.keys.title')} <kbd>?</kbd>
            </button>
            <button type="button" className="btn" onClick={() => setSettingsOpen(true)}>
              <Icon name="settings" size={16} />
              {t('queue.settings.open')}
            </button>
            <ExportMenu testId="queue-export" run={(format) => call('export.queue', { format, lang, ...filters })} />
          </>
        }
      />
      {listsError ? <ErrorNotice error={listsError} /> : null}
      <div className="toolbar q-toolbar">
        <SearchBox label={t('queue.search')} placeholder={t('queue.searchPlaceholder')} value={search} onChange={setSearch} />
        <EnumSelect
          label={t('queue.filters.scope')}
          values={QUEUE_SCOPES}
          optionLabel={(s) => t(`queue.scopes.${s}`)}
          value={scope}
          onChange={setScope}
        />
        <PlatformSelect label={t('queue.filters.platform')} value={platform} onChange={setPlatform} allLabel={t('common.all')} />
        <CauseFilter label={t('queue.filters.cause')} allLabel={t('common.all')} causes={causes} value={cause} onChange={setCause} />
        <EnumSelect
          label={t('queue.filters.overdue')}
          values={OVERDUE_FILTERS}
          optionLabel={(o) =>
            o === 'all'
              ? t('common.all')
              : o === 'overdue'
                ? t('queue.filters.overdueOnly', { count: counts?.overdue ?? 0 })
                : t('queue.filters.onTime')
          }
          value={overdue}
          onChange={setOverdue}
        />
        <QueueSkuFilter value={sku} onChange={setSku} />
      </div>
      <Chips label={t('queue.filters.step')} options={stepOptions} value={step} onChange={setStep} />
      {selected.size ? (
        <BulkBar
          selected={[...selected]}
          reasons={reasons}
          causes={causes}
          onClear={() => setSelected(new Set())}
          onDone={() => {
            setSelected(new Set())
            list.reload()
            refreshCounts()
            if (openId !== null) loadCase(openId)
          }}
        />
      ) : null}
      <div className="q-split">
        <div className="q-left" ref={listWrapRef}>
          <QueueList
            list={list}
            queryKey={queryKey}
            cursor={cursor}
            openId={openId}
            selected={selected}
            onCursor={(i) => {
              setCursor(i)
              openAt(i, 0)
            }}
            onToggle={toggle}
            empty={
              <span className="muted">
                {scope === 'open' && !query && !sku && step === 'all' ? t('queue.emptyAll') : t('queue.emptyFiltered')}
              </span>
            }
          />
          <KeyHint />
        </div>
        <div className="q-right">
          {current ? (
            <CaseDetail
              c={current}
              view={view}
              onView={(v) => {
                setView(v)
                setFocusToken((n) => n + 1)
              }}
              focusToken={focusToken}
              act={act}
              reasons={reasons}
              causes={causes}
              suppliers={suppliers}
              onUndo={() => void undo()}
              causeLabels={causeLabels}
              templatesVersion={templatesVersion}
            />
          ) : (
            <div className="q-nocase muted">{list.total === 0 ? null : t('queue.pickCase')}</div>
          )}
        </div>
      </div>
      {help ? <ShortcutHelp onClose={() => setHelp(false)} /> : null}
      {settingsOpen ? (
        <QueueSettings
          caseId={current?.caseId ?? null}
          onClose={() => {
            setSettingsOpen(false)
            setTemplatesVersion((v) => v + 1)
            loadLists()
          }}
        />
      ) : null}
    </div>
  )
}
