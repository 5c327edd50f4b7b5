// Spotlight rotation: who has gone longest without a staff spotlight, who is overdue, and the
// drafts "Fill spotlights" would create. Pure; the handlers give posts, staff and settings.
import { DateTime } from 'luxon';

export interface SpotlightPostLike {
  category: string;
  status: string;
  scheduledAt: string | null;
  deletedAt: string | null;
  featuredStaffIds: readonly string[];
}

export interface SpotlightStaffLike {
  id: string;
  name: string;
  active: boolean;
}

/**
 * A spotlight counts once its post is approved or published, or scheduled in the past (as of
 * `now`); a skipped or deleted one never does.
 */
export function spotlightCounts(post: SpotlightPostLike, now: string): boolean {
  if (post.category !== 'staff_spotlight' || post.deletedAt || !post.scheduledAt) return false;
  if (post.status === 'skipped') return false;
  if (post.status === 'approved' || post.status === 'published') return true;
  return Date.parse(post.scheduledAt) < Date.parse(now);
}

export interface SpotlightStanding {
  staffId: string;
  name: string;
  /** When they were last featured in a counting spotlight (ISO UTC); null: never. */
  lastFeaturedAt: string | null;
  /** Their next spotlight on the plan after `now` (any status but skipped); null: none. */
  nextSpotlightAt: string | null;
  /** When the cadence wants them featured again (ISO UTC); null when never featured. */
  dueBy: string | null;
  /** Never featured, or the cadence's date has passed with nothing planned before it. */
  overdue: boolean;
}

/**
 * Active staff, never featured first (by name), then longest since their last spotlight.
 * `cadenceWeeks`: everyone featured at least once every N weeks.
 */
export function spotlightOrder(
  staff: readonly SpotlightStaffLike[],
  posts: readonly SpotlightPostLike[],
  now: string,
  cadenceWeeks: number,
): SpotlightStanding[] {
  const last = new Map<string, string>();
  const next = new Map<string, string>();
  const nowMs = Date.parse(now);
  for (const post of posts) {
    if (post.category !== 'staff_spotlight' || post.deletedAt || !post.scheduledAt) continue;
    if (post.status === 'skipped') continue;
    for (const id of post.featuredStaffIds) {
      if (spotlightCounts(post, now)) {
        const seen = last.get(id);
        if (!seen || seen < post.scheduledAt) last.set(id, post.scheduledAt);
      }
      if (Date.parse(post.scheduledAt) >= nowMs) {
        const seen = next.get(id);
        if (!seen || seen > post.scheduledAt) next.set(id, post.scheduledAt);
      }
    }
  }
  const standings = staff
    .filter((s) => s.active)
    .map((s): SpotlightStanding => {
      const lastFeaturedAt = last.get(s.id) ?? null;
      const nextSpotlightAt = next.get(s.id) ?? null;
      const dueBy = lastFeaturedAt
        ? DateTime.fromISO(lastFeaturedAt, { zone: 'utc' }).plus({ weeks: cadenceWeeks }).toISO()!
        : null;
      const plannedInTime =
        nextSpotlightAt !== null && (dueBy === null || nextSpotlightAt <= dueBy);
      const late = dueBy === null || Date.parse(dueBy) < nowMs;
      return {
        staffId: s.id,
        name: s.name,
        lastFeaturedAt,
        nextSpotlightAt,
        dueBy,
        overdue: late && !plannedInTime && !(lastFeaturedAt && lastFeaturedAt >= now),
      };
    });
  return standings.sort((a, b) => {
    if (a.lastFeaturedAt === b.lastFeaturedAt) return a.name.localeCompare(b.name);
    if (a.lastFeaturedAt === null) return -1;
    if (b.lastFeaturedAt === null) return 1;
    return a.lastFeaturedAt.localeCompare(b.lastFeaturedAt);
  });
}

export interface FillSpotlightsInput {
  /** First and last day of the period, inclusive, `YYYY-MM-DD` in the practice's zone. */
  from: string;
  to: string;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  /** Local time `HH:mm`. */
  time: string;
  zone: string;
  /** From spotlightOrder: most overdue first. */
  order: readonly SpotlightStanding[];
  /** Who can own the drafts, in the order owners take turns. */
  owners: readonly string[];
  /** Days (`YYYY-MM-DD`) that already have a spotlight: no second one is made there. */
  takenDays?: ReadonlySet<string>;
}

export interface PlannedSpotlight {
  date: string;
  scheduledAt: string;
  staffId: string;
  name: string;
  ownerId: string | null;
}

/**
 * One spotlight per week on `weekday` in the period, for the people most overdue (people who
 * already have one planned in the period go last); owners round-robin, never the person
 * featured when someone else can own it.
 */
export function planSpotlights(input: FillSpotlightsInput): PlannedSpotlight[] {
  const { from, to, weekday, time, zone, owners } = input;
  const start = DateTime.fromISO(from, { zone });
  const end = DateTime.fromISO(to, { zone });
  let day = start.plus({ days: (weekday - start.weekday + 7) % 7 });
  const days: string[] = [];
  while (day <= end) {
    const date = day.toISODate()!;
    if (!input.takenDays?.has(date)) days.push(date);
    day = day.plus({ weeks: 1 });
  }
  const periodStart = start.toUTC().toISO()!;
  const periodEnd = end.plus({ days: 1 }).toUTC().toISO()!;
  const planned = (s: SpotlightStanding) =>
    s.nextSpotlightAt !== null && s.nextSpotlightAt >= periodStart && s.nextSpotlightAt < periodEnd;
  const people = [...input.order.filter((s) => !planned(s)), ...input.order.filter(planned)];
  if (people.length === 0) return [];
  const [hh, mm] = time.split(':').map(Number);
  let turn = 0;
  return days.map((date, i) => {
    const person = people[i % people.length]!;
    let ownerId: string | null = null;
    if (owners.length > 0) {
      ownerId = owners[turn % owners.length]!;
      if (ownerId === person.staffId && owners.length > 1) {
        turn += 1;
        ownerId = owners[turn % owners.length]!;
      }
      turn += 1;
    }
    const at = DateTime.fromISO(date, { zone }).set({ hour: hh, minute: mm });
    return {
      date,
      scheduledAt: at.toUTC().toISO()!,
      staffId: person.staffId,
      name: person.name,
      ownerId,
    };
  });
}

/**
 * What the meeting says when nobody is overdue, true to why: nobody on the team, nobody ever
 * featured yet (each has a first spotlight planned), or everyone featured within the cadence.
 */
export function nobodyOverdueWords(
  standings: readonly Pick<SpotlightStanding, 'lastFeaturedAt'>[],
): string {
  if (standings.length === 0) return 'Nobody is on the active team yet.';
  const never = standings.filter((s) => s.lastFeaturedAt === null).length;
  if (never === standings.length) {
    return 'Nobody has been featured yet; everyone has a first spotlight planned.';
  }
  if (never > 0) {
    return 'Nobody is overdue: everyone has had a spotlight lately or has a first one planned.';
  }
  return 'Everyone has had a spotlight lately.';
}
