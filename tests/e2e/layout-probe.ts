// Measures a screen's layout in the page: which scroll boxes and tables are wider than
// they show (horizontal scrolling), and which countdown or key-column texts are cut off.
// Shared by the small-windows e2e and the screenshot script's checks.
import type { Page } from 'playwright-core'

export interface LayoutProblem {
  kind: 'overflow' | 'clipped'
  what: string
  scrollWidth: number
  clientWidth: number
  text?: string
}

/**
 * Runs in the page (plain source, no transpiled helpers). A box overflows when its content is
 * wider than it shows by more than a pixel; a text is clipped when it is wider than its cell.
 * Countdowns (.countdown) and cells marked `data-keep` (a column that must always show in full)
 * are checked for clipping; tables, virtual tables and scroll boxes in <main> for overflow.
 */
const PROBE = `(() => {
  const out = [];
  const name = (el) => {
    const id = el.closest('[data-testid]');
    const cls = typeof el.className === 'string' ? el.className.split(' ').filter(Boolean).slice(0, 2).join('.') : '';
    return (id ? '[' + id.getAttribute('data-testid') + '] ' : '') + el.tagName.toLowerCase() + (cls ? '.' + cls : '');
  };
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const main = document.querySelector('main');
  if (!main) return [{ kind: 'overflow', what: 'no main', scrollWidth: 0, clientWidth: 0 }];
  const boxes = [main, ...main.querySelectorAll('*')].filter((el) => {
    if (!visible(el)) return false;
    if (el.tagName === 'TABLE' || el.getAttribute('role') === 'table') return true;
    const o = getComputedStyle(el).overflowX;
    return o === 'auto' || o === 'scroll';
  });
  for (const el of boxes) {
    if (el.closest('[role="dialog"], .drawer, .recharts-wrapper')) continue;
    if (el.scrollWidth > el.clientWidth + 1) out.push({ kind: 'overflow', what: name(el), scrollWidth: el.scrollWidth, clientWidth: el.clientWidth });
  }
  for (const el of main.querySelectorAll('.countdown, [data-keep]')) {
    if (!visible(el)) continue;
    const cell = el.closest('.vt-cell, td, [data-keep]') || el;
    const target = el.matches('[data-keep]') ? el : cell;
    const inner = el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0;
    const outer = target.scrollWidth > target.clientWidth + 1;
    const r = el.getBoundingClientRect();
    const c = cell.getBoundingClientRect();
    const past = r.right > c.right + 1 || r.left < c.left - 1;
    if (inner || outer || past) out.push({ kind: 'clipped', what: name(target) + (target.getAttribute('data-col') ? '[' + target.getAttribute('data-col') + ']' : ''), scrollWidth: target.scrollWidth, clientWidth: target.clientWidth, text: (el.textContent || '').slice(0, 40) });
  }
  return out;
})()`

export async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return (await page.evaluate(PROBE)) as LayoutProblem[]
}
