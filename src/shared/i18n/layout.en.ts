// Strings of the window layout: the collapsible sidebar, columns folded away in narrow
// windows, and the lazily loaded screens.
export const layoutEn = {
  collapse: 'Collapse the sidebar',
  expand: 'Expand the sidebar',
  navWithBadge: '{{label}} ({{badge}})',
  hiddenColumns_one: '{{count}} column hidden to fit the window: {{names}}. Widen the window or collapse the sidebar to see it.',
  hiddenColumns_other: '{{count}} columns hidden to fit the window: {{names}}. Widen the window or collapse the sidebar to see them.',
  separator: ', ',
  loadingScreen: 'Opening the screen…',
  /** A preset rule whose figures were changed: named after what it now charges for a late shipment. */
  ruleNameEdited: '{{platform}} · late shipment {{penalty}} (changed)'
}
