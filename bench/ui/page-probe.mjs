// Runs inside the benchmarked pages (Playwright's addInitScript, before any page script):
// `window.__bench` watches the DOM for react-big-calendar chips and records long tasks.
// Both pages get exactly the same probe. Times are performance.now(): ms since navigation start.
export function installProbe({ expected, prefix, timeoutMs }) {
  const bench = {
    longTasks: [],
    firstPaint: null,
    error: null,
    /** Resolves to performance.now() one frame after test() first holds (after that paint). */
    watch(test, what) {
      return new Promise((resolve, reject) => {
        let done = false;
        const finish = () => {
          done = true;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        };
        const check = () => {
          if (!done && test()) finish();
        };
        const observer = new MutationObserver(check);
        observer.observe(document, { childList: true, subtree: true, characterData: true });
        const timer = setTimeout(() => {
          if (done) return;
          done = true;
          observer.disconnect();
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
        }, timeoutMs);
        check();
      });
    },
    /** How many chips (.rbc-event) show a title starting with `prefix`. */
    chipsWith(titlePrefix) {
      const chips = document.getElementsByClassName('rbc-event');
      let count = 0;
      for (const chip of chips) if (chip.textContent?.includes(titlePrefix)) count++;
      return count;
    },
    /** Posts a "+N more" link stands for (Rapport shows what fits in a day, then "+N more"). */
    postsBehindMore() {
      let count = 0;
      for (const more of document.getElementsByClassName('rbc-show-more')) {
        const n = /\+(\d+)/.exec(more.textContent ?? '');
        if (n) count += Number(n[1]);
      }
      return count;
    },
    /** Every post of the month is on screen: as a chip, or counted in a day's "+N more". */
    enoughChips(titlePrefix, count) {
      return () => bench.chipsWith(titlePrefix) + bench.postsBehindMore() >= count;
    },
  };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task API: the column stays empty.
  }
  bench.firstPaintPromise = bench
    .watch(bench.enoughChips(prefix, expected), `${expected} chips titled "${prefix}…"`)
    .then(
      (time) => (bench.firstPaint = time),
      (error) => {
        bench.error = String(error?.message ?? error);
        throw error;
      },
    );
  bench.firstPaintPromise.catch(() => {});
}
