// Import: choose an order export or a stock list, see a preview of exactly what it
// would do (nothing is written), settle unknown merchant codes and bad rows, then
// import in one step. Long files show progress and can be cancelled at any point.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@shared/errors'
import type { ImportReport, OrderStatus } from '@shared/types'
import { toApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { PageHeader } from '../../components/PageHeader'
import { useApp } from '../../lib/app-context'
import { ColumnMapping } from './ColumnMapping'
import { ImportGuide } from './ImportGuide'
import { ImportHistory } from './ImportHistory'
import { ImportPreview } from './ImportPreview'
import { ImportProgress } from './ImportProgress'
import { ImportResult } from './ImportResult'
import { fileSize, ImportSource, type PickedFile } from './ImportSource'
import { MAX_FILE_BYTES, type ImportKind, type ImportPlatform } from './lists'
import { SheetPicker } from './SheetPicker'
import { useImportJob } from './use-import-job'
import { OrdersFirstHint } from './OrdersFirstHint'
import { useCall } from '../../lib/use-call'

interface Options {
  kind: ImportKind
  platform: ImportPlatform
  file: PickedFile
  /** Files imported together with the first (Taobao's 订单报表 + 宝贝报表). */
  moreFiles: PickedFile[]
  presetName: string | null
  statusMap: Record<string, OrderStatus>
  /** One sheet of a workbook to read; null: every sheet holding orders. */
  sheet: string | null
}

const INTERNAL: ApiError = { code: 'internal', messageKey: 'errors.internal' }

/** `?kind=stock` (the first-run path's links) opens the screen on that kind of file. */
const kindFrom = (params: URLSearchParams): ImportKind => (params.get('kind') === 'stock' ? 'stock' : 'orders')

export function ImportScreen({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation()
  const { notify, refreshStatus } = useApp()
  const job = useImportJob()
  const picker = useRef<HTMLInputElement>(null)
  const [kind, setKind] = useState<ImportKind>(() => kindFrom(params))
  const [platform, setPlatform] = useState<ImportPlatform>('auto')
  const [file, setFile] = useState<PickedFile | null>(null)
  const [moreFiles, setMoreFiles] = useState<PickedFile[]>([])
  const [statusMap, setStatusMap] = useState<Record<string, OrderStatus>>({})
  /** The shop picked in the preview for orders the file names no shop for (issue #16); null: the core's suggestion. */
  const [shopId, setShopId] = useState<number | null>(null)
  const [sheet, setSheet] = useState<string | null>(null)
  const [presetName, setPresetName] = useState<string | null>(null)
  const [preview, setPreview] = useState<ImportReport | null>(null)
  const [result, setResult] = useState<ImportReport | null>(null)
  const [notice, setNotice] = useState<'cancelled' | 'previewCancelled' | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [editMapping, setEditMapping] = useState(false)
  const [reading, setReading] = useState(false)
  const [historyVersion, setHistoryVersion] = useState(0)
  const busy = job.status !== null || reading
  // "Preview import" on an Alerts inbox line: the core reads the file from its inbox folder, by name.
  const inboxName = params.get('inbox')
  const inbox = useCall('inbox.file', inboxName ? { name: inboxName } : null, [inboxName])
  const inboxTaken = useRef(false)

  function options(o: Partial<Options> = {}): Options | null {
    const f = o.file ?? file
    if (!f) return null
    return {
      kind: o.kind ?? kind,
      platform: o.platform ?? platform,
      file: f,
      moreFiles: o.moreFiles ?? moreFiles,
      presetName: o.presetName !== undefined ? o.presetName : presetName,
      statusMap: o.statusMap ?? statusMap,
      sheet: o.sheet !== undefined ? o.sheet : sheet
    }
  }

  /** The import call for the chosen file and options; a preview writes nothing. */
  const request = (o: Options, dryRun: boolean) => ({
    kind: o.kind,
    fileName: o.file.name,
    bytes: o.file.bytes,
    moreFiles: o.kind === 'orders' ? o.moreFiles.map((m) => ({ fileName: m.name, bytes: m.bytes })) : [],
    statusMap: o.kind === 'orders' && Object.keys(o.statusMap).length ? o.statusMap : null,
    sheet: o.kind === 'orders' ? o.sheet : null,
    platform: o.kind === 'orders' ? o.platform : ('auto' as const),
    presetName: o.kind === 'orders' ? o.presetName : null,
    // The preview suggests the shop (the last or default one); the merchant's pick goes with the import.
    shopId: o.kind === 'orders' && !dryRun ? shopId : null,
    dryRun
  })

  /** Preview: the core checks and counts everything and writes nothing. */
  async function check(o: Options | null): Promise<void> {
    if (!o) return
    setError(null)
    setNotice(null)
    setResult(null)
    setEditMapping(false)
    try {
      const end = await job.run(request(o, true))
      if (end.state === 'done' && end.report) {
        setPreview(end.report)
      } else {
        setPreview(null)
        if (end.state === 'cancelled') setNotice('previewCancelled')
        else setError(end.error ?? INTERNAL)
      }
    } catch (e) {
      setPreview(null)
      setError(toApiError(e))
    }
  }

  async function runImport(skipBadRows: boolean): Promise<void> {
    const o = options()
    if (!o || busy) return
    setError(null)
    setNotice(null)
    try {
      const end = await job.run({ ...request(o, false), skipBadRows })
      if (end.state === 'done' && end.report) {
        if (end.report.applied) {
          setResult(end.report)
          setPreview(null)
          refreshStatus()
          setHistoryVersion((v) => v + 1)
        } else {
          // The file turned out different from its preview (e.g. a mapping changed): show the new picture.
          setPreview(end.report)
        }
      } else if (end.state === 'cancelled') {
        setNotice('cancelled')
      } else {
        setError(end.error ?? INTERNAL)
      }
    } catch (e) {
      setError(toApiError(e))
    }
  }

  /** Several files chosen or dropped together are one import; `add` keeps the files already chosen. */
  async function pickFiles(fs: File[], add = false): Promise<void> {
    setError(null)
    setNotice(null)
    const big = fs.find((f) => f.size > MAX_FILE_BYTES)
    if (big) {
      setError({ code: 'invalid_input', messageKey: 'import.fileTooLarge', params: { size: fileSize(big.size) } })
      return
    }
    setReading(true)
    const picked: PickedFile[] = []
    try {
      for (const f of fs) picked.push({ name: f.name || 'file', size: f.size, bytes: new Uint8Array(await f.arrayBuffer()) })
    } catch {
      setError({ code: 'internal', messageKey: 'import.fileUnreadable', params: { name: fs[picked.length]?.name ?? '' } })
      return
    } finally {
      setReading(false)
    }
    await takeFiles(picked, add)
  }

  /** Files already read (chosen, dropped, or handed over by the inbox) become the import to preview. */
  async function takeFiles(picked: PickedFile[], add: boolean): Promise<void> {
    const all = add && file ? [file, ...moreFiles, ...picked] : picked
    const [first, ...rest] = all
    if (!first) return
    // Only order exports join; a stock list is one file.
    const more = kind === 'orders' ? rest.slice(0, 9) : []
    setFile(first)
    setMoreFiles(more)
    setStatusMap({})
    setShopId(null)
    setSheet(null)
    setPresetName(null)
    setPreview(null)
    setResult(null)
    await check(options({ file: first, moreFiles: more, presetName: null, statusMap: {}, sheet: null }))
  }

  useEffect(() => {
    const f = inbox.data
    if (!f || inboxTaken.current) return
    inboxTaken.current = true
    void takeFiles([{ name: f.name, size: f.size, bytes: f.bytes }], false)
    // Once, when the inbox file has been read; the screen starts afresh for every link followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inbox.data])

  function chooseKind(k: ImportKind): void {
    setKind(k)
    setPresetName(null)
    setPreview(null)
    void check(options({ kind: k, presetName: null }))
  }

  function reset(): void {
    setFile(null)
    setMoreFiles([])
    setStatusMap({})
    setSheet(null)
    setPreview(null)
    setResult(null)
    setPresetName(null)
    setError(null)
    setNotice(null)
    setEditMapping(false)
  }

  const needsMapping = preview !== null && preview.kind === 'orders' && preview.errors.some((p) => p.code === 'mapping_required')
  const showMapping = preview !== null && (needsMapping || editMapping)

  let body: React.ReactNode = null
  if (result) {
    body = <ImportResult report={result} onAnother={reset} />
  } else if (preview && showMapping) {
    body = (
      <ColumnMapping
        key={`${preview.fileName}#${preview.headers.join('\u0001')}`}
        headers={preview.headers}
        fileName={preview.fileName}
        presetName={presetName}
        busy={busy}
        onApply={(name) => {
          setPresetName(name)
          void check(options({ presetName: name }))
        }}
        onCancel={needsMapping ? null : () => setEditMapping(false)}
      />
    )
  } else if (preview) {
    body = (
      <ImportPreview
        report={preview}
        busy={busy}
        presetName={presetName}
        onImport={(skip) => void runImport(skip)}
        onChooseAnother={() => picker.current?.click()}
        onChangeMapping={() => setEditMapping(true)}
        onResolved={(message) => {
          notify(message)
          void check(options())
        }}
        shopId={shopId}
        onShop={setShopId}
        statusMap={statusMap}
        onStatusMap={(map) => {
          setStatusMap(map)
          void check(options({ statusMap: map }))
        }}
      />
    )
  } else if (!file && !busy) {
    body = <ImportGuide kind={kind} />
  }

  return (
    <div className="screen screen-scroll import-screen">
      <PageHeader title={t('import.title')} subtitle={t('import.subtitle')} />
      <ImportSource
        kind={kind}
        platform={platform}
        file={file}
        moreFiles={moreFiles}
        busy={busy}
        inputRef={picker}
        onKind={chooseKind}
        onPlatform={(p) => {
          setPlatform(p)
          void check(options({ platform: p }))
        }}
        onFiles={(fs, add) => void pickFiles(fs, add)}
      />
      {kind === 'orders' && !result ? <OrdersFirstHint onStock={() => chooseKind('stock')} /> : null}
      {inbox.loading && inboxName ? (
        <p className="muted" role="status" data-testid="inbox-reading">
          {t('inbox.reading', { name: inboxName })}
        </p>
      ) : null}
      {inbox.error ? <ErrorNotice error={inbox.error} /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {notice ? (
        <div className="notice notice-info" role="status" data-testid="import-notice">
          <span>{t(`import.${notice}`)}</span>
        </div>
      ) : null}
      {job.status ? <ImportProgress status={job.status} cancelling={job.cancelling} onCancel={job.cancel} /> : null}
      {preview && !result ? (
        <SheetPicker
          report={preview}
          sheet={sheet}
          busy={busy}
          onSheet={(name) => {
            setSheet(name)
            // Another sheet has other columns: a mapping made for the last one does not carry over.
            setPresetName(null)
            void check(options({ sheet: name, presetName: null }))
          }}
        />
      ) : null}
      {body ? <div className={job.status ? 'import-body stale' : 'import-body'}>{body}</div> : null}
      <ImportHistory version={historyVersion} />
    </div>
  )
}
