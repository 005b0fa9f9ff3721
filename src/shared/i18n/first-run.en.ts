// English strings of the first-run path (issue 14): the welcome steps, the orders-first
// hint, creating many SKUs at once, the demo marker and "start my own shop".
export const firstRunEn = {
  welcome: {
    title: 'Welcome to Stockout Desk',
    body: 'Three steps bring your own shop in. Everything stays on this computer.',
    stepsLabel: 'Getting started',
    done: 'Done',
    notDone: 'Not done yet',
    step1: 'Import your stock list',
    step1Body: 'Your own table of SKUs (库存表): merchant code, name and units on the shelf. Do this first, so stock is right from the start.',
    step1Action: 'Import stock list',
    step1Done_one: '{{count, number}} SKU in the shop.',
    step1Done_other: '{{count, number}} SKUs in the shop.',
    step2: 'Import your orders export',
    step2Body: 'The order list (订单导出) from the Pinduoduo, Taobao or Douyin back office. Merchant codes not in your stock list can all be added at once.',
    step2Action: 'Import orders',
    step3: 'See your alerts',
    step3Body: 'Once orders are in, this screen shows the orders that cannot ship, the SKUs running out and the money at risk.',
    step3Waiting: 'Appears after step 2',
    demoTitle: 'Or try the demo shop first',
    demoBody: 'A realistic sample shop with SKUs, suppliers and orders to look around in. You can leave it any time with “Start my own shop”; it is kept as a backup.',
    demoAction: 'Load demo shop',
    demoLoading: 'Loading demo shop…'
  },
  next: {
    orders: 'Next: import your orders',
    alerts: 'See the alerts'
  },
  ordersFirst: {
    text: 'Your shop has no SKUs yet. Importing your stock list first gives accurate stock: without it, every order counts as short.',
    action: 'Import the stock list first'
  },
  createAll: {
    action_one: 'Add {{count, number}} code as new SKU',
    action_other: 'Add all {{count, number}} codes as new SKUs',
    hint: 'Name and spec are taken from the file; stock starts at 0 and can be counted later in Inventory.',
    skipped_one: '{{count}} code has spaces or is too long and cannot be added automatically: link or add it one by one.',
    skipped_other: '{{count}} codes have spaces or are too long and cannot be added automatically: link or add them one by one.',
    saving: 'Adding…',
    saved_one: '{{count, number}} new SKU added. The file was checked again.',
    saved_other: '{{count, number}} new SKUs added. The file was checked again.'
  },
  demo: {
    badge: 'Demo data',
    banner: 'You are looking at the demo shop: sample SKUs, suppliers and orders, not your own.',
    startOwn: 'Start my own shop',
    dialogTitle: 'Start my own shop?',
    dialogBody:
      'The demo shop is kept aside as a backup: you can open it again later from Settings › Data (restore the backup marked “Demo shop (set aside)”). Then the shop starts empty and the welcome steps guide you through importing your own files.',
    dialogKept: 'Your settings (language, time zone, service level) are kept. Rules, message templates and column choices go back to their defaults.',
    dialogImported_one: '{{count}} file was imported into the demo shop. It is set aside with the demo and will not be in your new shop: import it again there.',
    dialogImported_other: '{{count}} files were imported into the demo shop. They are set aside with the demo and will not be in your new shop: import them again there.',
    confirmImported: 'I understand: set the imported files aside with the demo',
    confirm: 'Set the demo aside and start',
    done: 'The demo shop is kept as a backup ({{file}}). Your own shop is ready: start with your stock list.'
  },
  errors: {
    codesTaken: 'Already SKUs or bundles of the shop: {{codes}} ({{count}} in all). Nothing was added; check the file again.',
    codesRepeated: 'Listed more than once: {{codes}} ({{count}} in all). Nothing was added.',
    notDemo: 'This shop is not the demo shop: it holds your own data, so it is not emptied. Nothing was changed.',
    importedIntoDemo:
      'Files were imported into the demo shop ({{count}} in all). Starting your own shop sets them aside with the demo; confirm that you understand, then try again. Nothing was changed.'
  }
}
