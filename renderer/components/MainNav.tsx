// The main navigation in the top bar: as many pages as fit on its one line, in order (the page
// in use always among them), and the rest in a "More" menu, so the bar never wraps on a laptop.
import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { PageId } from '../address';
import { PAGES } from '../pages';
import { goToPage, useRoute } from '../state/route';
import { MenuButton } from './MenuButton';

/**
 * Which pages the bar shows: all when they fit in `room` (each `gap` apart), else the first
 * ones that fit beside "More" (`more` wide), always with the page in use (`current`) among them.
 */
export function pagesThatFit(
  widths: readonly number[],
  room: number,
  gap: number,
  more: number,
  current: number,
): number[] {
  const all = widths.reduce((sum, w) => sum + w + gap, -gap);
  if (all <= room) return [...widths.keys()];
  let used = more + (current >= 0 ? widths[current]! + gap : 0);
  const shown = current >= 0 ? [current] : [];
  for (const [i, width] of widths.entries()) {
    if (i === current) continue;
    if (used + width + gap > room) break;
    used += width + gap;
    shown.push(i);
  }
  return shown.sort((a, b) => a - b);
}

export function MainNav() {
  const current = useRoute((s) => s.route.page);
  const currentIndex = PAGES.findIndex((p) => p.id === current);
  const list = useRef<HTMLUListElement>(null);
  // Widths of the pages' items: read while each is on the bar, kept for when it is not.
  const widths = useRef<number[]>([]);
  const [shown, setShown] = useState<readonly number[]>(() => [...PAGES.keys()]);

  useLayoutEffect(() => {
    const ul = list.current!;
    const fit = (paint: (update: () => void) => void) => {
      const items = [...ul.children] as HTMLElement[];
      items.forEach((li, i) => {
        if (i < PAGES.length && !li.hidden) widths.current[i] = li.offsetWidth;
      });
      const more = items[PAGES.length]?.offsetWidth ?? 0;
      const gap = parseFloat(getComputedStyle(ul).columnGap) || 0;
      const next = pagesThatFit(widths.current, ul.clientWidth, gap, more, currentIndex);
      paint(() => setShown((was) => (was.join() === next.join() ? was : next)));
    };
    // Both before the frame is painted, so the bar is never seen wrong: a layout effect's
    // update is drawn at once, an observer's is pushed through with flushSync.
    fit((update) => update());
    const observer = new ResizeObserver(() => fit(flushSync));
    observer.observe(ul);
    return () => observer.disconnect();
  }, [currentIndex]);

  const rest = PAGES.filter((_, i) => !shown.includes(i));
  return (
    <nav aria-label="Main" className="main-nav">
      <ul className="nav-list" ref={list}>
        {PAGES.map((p, i) => (
          <li key={p.id} hidden={!shown.includes(i)}>
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
