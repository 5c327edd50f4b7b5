// The practice's time zone for luxon, with its UTC offsets remembered. luxon asks a named zone
// for its offset through Intl on every date it makes (react-big-calendar makes thousands per
// month grid), and that was most of a busy month's rendering time. Offsets only change at
// whole minutes, so one lookup per minute of time is exact.
import { IANAZone, Settings as LuxonSettings } from 'luxon';

const MINUTE = 60_000;
/** Enough for years of distinct minutes on screen; cleared, not grown, past it. */
const MAX_REMEMBERED = 100_000;

export class RememberingZone extends IANAZone {
  private readonly offsets = new Map<number, number>();

  override offset(ts: number): number {
    const minute = Math.floor(ts / MINUTE);
    let offset = this.offsets.get(minute);
    if (offset === undefined) {
      offset = super.offset(minute * MINUTE);
      if (this.offsets.size >= MAX_REMEMBERED) this.offsets.clear();
      this.offsets.set(minute, offset);
    }
    return offset;
  }
}

let current: RememberingZone | undefined;

/** Makes `zone` luxon's default, so every date the renderer shows is in the practice's zone. */
export function setPracticeZone(zone: string): void {
  if (current?.name === zone && LuxonSettings.defaultZone === current) return;
  current = new RememberingZone(zone);
  LuxonSettings.defaultZone = current;
}
