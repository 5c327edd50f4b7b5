// The main navigation in the top bar: as many pages as fit on its one line, in order, and the
// rest in a "More" menu, so the bar never wraps on a laptop screen.
import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { PAGES, type PageId } from '../routes';
import { goToPage, useRoute } from '../state/route';
import { MenuButton } from './MenuButton';

/** How many of `widths` fit in `room` one after another, `gap` apart, leaving `more` for "More". */
export function pagesThatFit(widths: readonly number[], room: number, gap: number, more: number) {
  const total = (n: number) => widths.slice(0, n).reduce((sum, w) => sum + w + gap, 0);
  if (total(widths.length) - gap <= room) return widths.length;
  let n = widths.length - 1;
  while (n > 0 && total(n) + more > room) n--;
  return n;
}

export function MainNav() {
  const current = useRoute((s) => s.route.page);
  const list = useRef<HTMLUListElement>(null);
  const [shown, setShown] = useState<number>(PAGES.length);

  useLayoutEffect(() => {
    const ul = list.current!;
    // A page's width is its label's: read while it is on the bar and kept for when it is not.
    const widths: number[] = [];
    const fit = () => {
      const items = [...ul.children] as HTMLElement[];
      items.forEach((li, i) => {
        if (i < PAGES.length && !li.hidden) widths[i] = li.offsetWidth;
      });
      const more = items[PAGES.length]?.offsetWidth ?? 0;
      const gap = parseFloat(getComputedStyle(ul).columnGap) || 0;
      const next = pagesThatFit(widths, ul.clientWidth, gap, more);
      // Before the frame is painted, so the bar is never seen wrong.
      flushSync(() => setShown(next));
    };
    fit();
    const observer = new ResizeObserver(() => fit());
    observer.observe(ul);
    return () => observer.disconnect();
  }, []);

  const rest = PAGES.slice(shown);
  return (
    <nav aria-label="Main" className="main-nav">
      <ul className="nav-list" ref={list}>
        {PAGES.map((p, i) => (
          <li key={p.id} hidden={i >= shown}>
            <button
              type="button"
              className="nav-button"
              aria-current={current === p.id ? 'page' : undefined}
              onClick={() => goToPage(p.id)}
            >
              {p.label}
            </button>
          </li>
        ))}
        {/* Always laid out, to be measured; out of sight and out of reach when not needed. */}
        <li className="nav-more" data-idle={rest.length === 0 ? '' : undefined}>
          <MenuButton<PageId>
            label="More"
            className={`nav-button${rest.some((p) => p.id === current) ? ' has-current' : ''}`}
            items={rest.map((p) => ({ id: p.id, label: p.label, current: p.id === current }))}
            onChoose={goToPage}
          />
        </li>
      </ul>
    </nav>
  );
}
