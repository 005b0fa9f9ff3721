// Import history with undo (issue #14 point 5): the history's undo column, the confirm dialog
// and the reasons an undo is refused (each names what depends on the import).
export const importUndoEn = {
  rows: 'Rows',
  state: 'Undo',
  undo: 'Undo import',
  states: {
    available: 'Can be undone',
    refused: 'Cannot be undone',
    later: 'Undo the newer import first',
    undone: 'Undone {{at}}',
    unrecorded: 'Imported before undo was available'
  },
  dialog: {
    title: 'Undo the import of “{{file}}”?',
    subtitle: 'Imported {{at}}',
    intro: 'Everything this import changed goes back to how it was before it:',
    ordersRemoved_one: '{{count, number}} order it added is removed, with its lines',
    ordersRemoved_other: '{{count, number}} orders it added are removed, with their lines',
    ordersRestored_one: '{{count, number}} order it changed is put back as it was',
    ordersRestored_other: '{{count, number}} orders it changed are put back as they were',
    movesReversed_one: '{{count, number}} stock movement it made is taken back',
    movesReversed_other: '{{count, number}} stock movements it made are taken back',
    productsRemoved_one: '{{count, number}} SKU it created is removed',
    productsRemoved_other: '{{count, number}} SKUs it created are removed',
    productsRestored_one: '{{count, number}} SKU it changed is put back as it was',
    productsRestored_other: '{{count, number}} SKUs it changed are put back as they were',
    suppliersRemoved_one: '{{count, number}} supplier it created is removed',
    suppliersRemoved_other: '{{count, number}} suppliers it created are removed',
    bundlesReverted_one: '{{count, number}} bundle it created or changed goes back',
    bundlesReverted_other: '{{count, number}} bundles it created or changed go back',
    statusMeaningsReverted_one: '{{count, number}} status meaning given with it goes back',
    statusMeaningsReverted_other: '{{count, number}} status meanings given with it go back',
    mappingsRemoved_one: '{{count, number}} SKU mapping made afterwards for its codes is removed',
    mappingsRemoved_other: '{{count, number}} SKU mappings made afterwards for its codes are removed',
    nothing: 'It changed nothing in the shop; it is only marked undone.',
    after: 'The import stays in this history, marked undone, and the same file can be imported again later.',
    confirm: 'Undo import',
    refusedTitle: 'The import of “{{file}}” cannot be undone',
    close: 'Close'
  },
  done: 'The import of “{{file}}” was undone.',
  refused: {
    already_undone: 'The import of “{{file}}” has already been undone.',
    unrecorded:
      '“{{file}}” was imported before this version of the app recorded what an import changes, so it cannot be undone. Restore a backup from before it instead.',
    newer_batch: 'The import of “{{file}}” (#{{id}}) came after this one and builds on it. Undo that import first.',
    queue_step:
      'Order {{orderNo}} from this import has a step taken on it in the cancellation queue since. Undo that step in the queue first, or keep the import.',
    later_count:
      'The stock of {{code}} was counted after this import. Taking the import back would undo part of that count; keep the import, or undo the count first.',
    stock_short:
      'Taking this import back would take {{back}} units of {{code}} off the stock, but only {{onHand}} are on hand now (stock left since). Record the stock first, or keep the import.',
    product_used:
      'SKU {{code}}, created by this import, has been used since (stock moves, deliveries, bundles, mappings or substitutes). Remove those first, or keep the import.',
    product_edited:
      'SKU {{code}} was edited after this import; taking the import back would undo that edit. Keep the import, or edit the SKU back first.',
    bundle_edited:
      'Bundle {{code}} was changed after this import; taking the import back would undo that change. Keep the import, or change it back first.',
    mapping_changed:
      'The SKU mapping of {{code}} was changed after this import, and its orders carry that code. Keep the import, or put the mapping back first.'
  }
}
