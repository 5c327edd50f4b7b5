// The practice's today, the one way a handler tells the date: the clock (shared/clock.ts) read
// in the practice's time zone from the settings.
import { todayIn } from '../../shared/clock';
import type { Tx } from '../store/store';

/** Today in the practice's zone (YYYY-MM-DD). */
export async function practiceToday(tx: Tx): Promise<string> {
  const { timezone } = await tx.settings.get();
  return todayIn(timezone);
}
