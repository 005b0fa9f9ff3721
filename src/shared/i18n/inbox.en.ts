// English strings of the inbox (exports found in the downloads folder), the reminders (desktop
// notifications, the tray) and their settings (issue 16 points 2 and 3).
export const inboxEn = {
  title: 'New files in your downloads',
  count_one: '{{count, number}} new export',
  count_other: '{{count, number}} new exports',
  kind: { orders: 'orders', stock: 'stock list' },
  rows_one: '{{count, number}} row',
  rows_other: '{{count, number}} rows',
  stockList: 'Stock list',
  open: 'Preview import',
  openLabel: 'Preview the import of {{name}}',
  imported: 'Already imported',
  showImported: 'Show files already imported ({{count}})',
  hideImported: 'Hide files already imported',
  waiting_one: '{{count, number}} file still downloading — it appears here when complete.',
  waiting_other: '{{count, number}} files still downloading — they appear here when complete.',
  unreadable: 'The inbox folder {{folder}} cannot be read. Choose another one in Settings.',
  folderNote: 'Looking in {{folder}}',
  reading: 'Reading {{name}} from the inbox…',
  errors: {
    folderNotAbsolute: 'Choose the folder with “Choose folder…” (a full path is needed, got “{{folder}}”).',
    notInInbox: '“{{name}}” is not a file of the inbox folder.',
    fileGone: '“{{name}}” is no longer in the inbox folder (moved or deleted). Look again.',
    notAnExport: '“{{name}}” is not an order export or stock list.'
  },
  settings: {
    title: 'Inbox and reminders',
    intro:
      'The app looks in one folder for order exports and stock lists you downloaded and lists them on Alerts. It never imports on its own.',
    enabled: 'Look for new exports in this folder',
    folder: 'Folder',
    defaultFolder: '(your Downloads folder)',
    choose: 'Choose folder…',
    useDefault: 'Use Downloads',
    remindersEnabled: 'Remind me of short orders close to their deadline',
    hours: 'Hours before the deadline',
    hoursHelp: 'A short order whose case has had no step gets one notification this many hours before its deadline, plus one summary each morning.',
    keepInTray: 'Keep running in the tray when the window is closed',
    keepInTrayHelp: 'Reminders come only while the app runs. Quit from the tray menu.',
    saved: 'Saved',
    badHours: 'Enter whole hours from 1 to {{max}}.'
  },
  notify: {
    orderTitle: 'Short order due in {{left}}',
    orderBody: '{{platform}} order {{orderNo}} cannot ship and nothing was done yet. Click to open its case.',
    summaryTitle: 'Today in your shop',
    summaryBody: 'Today {{due}} orders are due, {{short}} of them short.'
  },
  tray: {
    tooltip: 'Stockout Desk — reminders on',
    open: 'Open Stockout Desk',
    quit: 'Quit'
  }
}
