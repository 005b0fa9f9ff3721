// English UI strings. Keys mirror zh-CN.ts exactly (a test checks).
export const en = {
  errors: {
    invalid_input: 'Please check the value of “{{field}}”.',
    unknown_call: 'The app asked for something it does not know ({{name}}).',
    forbidden_sender: 'This request did not come from the app window and was refused.',
    not_found: 'The record was not found. It may have been deleted.',
    conflict: 'That conflicts with an existing record.',
    merchant_code_taken: 'Merchant code “{{code}}” is already used by another product.',
    stock_negative: 'Not enough stock: on hand is {{onHand}}, this change is {{change}}. Stock can never go below zero.',
    idempotency_reused: 'This movement key was already used for a different movement.',
    demo_not_empty: 'The shop already has data. The demo shop can only be loaded into an empty shop.',
    db_newer_version:
      'This shop database was written by a newer version of Stockout Desk (schema {{found}}, this app reads up to {{supported}}). Please update the app. Nothing was changed.',
    db_locked: 'The shop database is busy in another program. Close it and try again; nothing was lost.',
    db_readonly: 'The shop database cannot be written (read-only folder or file). Nothing was lost.',
    db_full: 'The disk is full. Free some space and try again; nothing was lost.',
    db_corrupt: 'The shop database is damaged. Stop working and restore a backup; the damaged file is kept.',
    db_io: 'The disk reported an error while saving. Nothing was lost; please try again.',
    internal: 'Something went wrong inside the app. Nothing was saved by this action.'
  }
}
