// English words of the queue's daily work (issue 14): the editable buyer message,
// the template editor with its placeholder chips and preview, and the keyboard
// (every key with what it does). The rest of the queue screen: queue-screen.en.ts.
export const queueWorkEn = {
  draft: {
    textLabel: 'Message to send (edit it here before copying)',
    edited: 'Edited by you',
    restore: 'Undo my edits',
    restored: 'The drafted text is back.',
    keptEdits: 'Your edits to “{{name}}” are kept: pick that template again to go on with them.',
    filledLabel: 'Filled in from the order:',
    droppedLabel: 'Not on the order, left out:',
    copiedEdited: 'Your message was copied. Paste it into the platform chat.',
    empty: 'The message is empty. Write it, or undo your edits to get the draft back.',
    own: '{{name}} (yours)'
  },
  keys: {
    title: 'Keyboard shortcuts',
    names: { enter: 'Enter', esc: 'Esc', submit: 'Ctrl/⌘+Enter', digits: '1–8' },
    down: 'Next case',
    up: 'Previous case',
    open: 'Open the case: the cursor goes to its step form',
    back: 'Back to the list, from anywhere in the case',
    step: 'Go to a step (1 Notify … 8 Close)',
    notify: 'Mark the buyer notified (with the message in the box)',
    copy: 'Copy the message in the box, with your edits',
    submit: 'Record the step: submit the step form showing',
    undo: 'Undo the last action on the case',
    select: 'Select the case under the cursor for bulk actions',
    search: 'Search cases',
    help: 'Show this list of shortcuts',
    note: 'Single-key shortcuts work whenever you are not typing in a text box; a list, button or checkbox with the cursor does not stop them. Ctrl/⌘+Enter records the step from anywhere.',
    hint: {
      move: 'next / previous case',
      open: 'open the step form',
      back: 'back to the list',
      copy: 'copy the message',
      more: 'all shortcuts'
    }
  },
  cause: {
    choose: '— Choose the cause —',
    required: 'Choose why the stock ran out: nothing is recorded until you do.'
  },
  editor: {
    lang: 'Language of the template',
    chips: 'Insert a placeholder',
    chipsHint: 'Click a name to put it where the cursor is in the text.',
    rules:
      'A value the order does not have is left out with the space before it and any quotes or brackets left empty. Put a phrase that only makes sense with its value between [[ and ]], and it is left out whole.',
    unsaved: 'not saved',
    preview: 'Preview',
    previewCase: 'As order {{orderNo}} would get it',
    previewExample: 'For an example Pinduoduo order (no buyer name)',
    previewProblem: 'The text has a problem; saving will be refused:',
    saveError: 'Not saved. Fix the text and save again.'
  }
}
