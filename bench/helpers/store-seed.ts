// The practice the store benchmark seeds (bench/store.bench.ts): staff and posts generated from
// a fixed seed, so every run holds the same rows, written through the repositories.
import type { PostFields, StaffFields } from '../../electron/store/store';
import type { Staff } from '../../shared/contract';
import { PLATFORM_IDS, type PlatformId } from '../../shared/platforms';
import { CATEGORY_IDS, type CategoryId, type StatusId } from '../../shared/vocabulary';
import type { TempStore } from '../../tests/unit/helpers/temp-db';
import { prng } from './prng';
import { HASHTAGS, SENTENCES, TOPICS } from './words';

/** A fixed "today", so the month, week and workload windows hold the same rows every run. */
export const TODAY = '2026-03-18T15:00:00.000Z';
/** Three years of history and plans: two years back, one year ahead of TODAY. */
export const SPAN_FROM = Date.parse('2024-03-18T00:00:00.000Z');
export const SPAN_TO = Date.parse('2027-03-18T00:00:00.000Z');
export const STAFF_COUNT = 20;
const ARCHIVED_STAFF = 2;
export const DATED_POSTS = 10_000;
export const UNDATED_IDEAS = 500;

// ---- Deterministic data ----------------------------------------------------------------------

const random = prng(20260318);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
export const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number) => random() < p;
function sample<T>(items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(int(0, pool.length - 1), 1)[0]!);
  return out;
}

// prettier-ignore
export const FIRST_NAMES = [
  'Amara', 'Beatriz', 'Chloe', 'Dana', 'Elif', 'Farah', 'Grace', 'Hana', 'Imani', 'Jade',
  'Keiko', 'Lena', 'Maya', 'Nadia', 'Olivia', 'Priya', 'Quinn', 'Rosa', 'Sofia', 'Tess',
];
export const LAST_NAMES = [
  'Okafor',
  'Silva',
  'Martin',
  'Kowalski',
  'Yilmaz',
  'Haddad',
  'Chen',
  'Sato',
];
export const ROLES = [
  'Nurse injector',
  'Aesthetician',
  'Front desk',
  'Practice manager',
  'Physician',
];
export const FUN_FACTS = [
  'Has run three marathons and hates every one of them.',
  'Bakes sourdough for the whole team on Fridays.',
  'Speaks four languages, and sings badly in all of them.',
  'Once met a famous chef in an airport queue.',
];
const TITLE_STARTS = [
  'Meet',
  'Behind the scenes with',
  'A day in the clinic with',
  'Ask the expert:',
  'Thank you,',
  'Team spotlight:',
  'Your questions answered by',
];

export function caption(): string {
  return Array.from({ length: int(2, 8) }, () => pick(SENTENCES)).join(' ');
}

/** An ISO UTC instant within business hours (ET-ish), on a quarter hour. */
export function instantBetween(from: number, to: number): string {
  const day = new Date(from + Math.floor(random() * (to - from)));
  day.setUTCHours(int(13, 22), pick([0, 15, 30, 45]), 0, 0);
  return day.toISOString();
}

export function postFields(staff: Staff[], scheduledAt: string | null): PostFields {
  const category: CategoryId = pick(CATEGORY_IDS);
  const past = scheduledAt !== null && scheduledAt < TODAY;
  const status: StatusId =
    scheduledAt === null
      ? 'idea'
      : past
        ? chance(0.9)
          ? 'published'
          : 'skipped'
        : pick(['idea', 'draft', 'draft', 'in_review', 'approved', 'approved'] as const);
  // Archived people may own past posts only, as in real use.
  const owners = past ? staff : staff.filter((s) => s.active);
  const owner = chance(0.1) ? null : pick(owners);
  const featuredCount =
    category === 'staff_spotlight'
      ? 1
      : category === 'team_event'
        ? int(3, 6)
        : category === 'celebration'
          ? int(1, 2)
          : chance(0.2)
            ? 1
            : 0;
  const platforms = sample(PLATFORM_IDS, int(1, 4)) as PlatformId[];
  const platformCaptions: PostFields['platformCaptions'] = {};
  if (chance(0.25)) platformCaptions[platforms[0]!] = caption();
  const featured = sample(owners, featuredCount);
  return {
    title: `${pick(TITLE_STARTS)} ${featured[0]?.name ?? pick(TOPICS)}`,
    category,
    status,
    scheduledAt,
    ownerId: owner?.id ?? null,
    caption: caption(),
    platformCaptions,
    platforms,
    hashtags: sample(HASHTAGS, int(0, 10)),
    notes: chance(0.3) ? 'Photo from the shared drive; check consent form is on file.' : '',
    featuredStaffIds: featured.map((s) => s.id),
    consentIds: [],
    media: [],
    consentFlag: null,
  };
}

/** Seeds people and posts through the repositories, in one transaction. */
export async function seed(
  store: TempStore,
  people: StaffFields[],
  posts: (staff: Staff[]) => Iterable<PostFields>,
): Promise<Staff[]> {
  return store.store.transaction(async (tx) => {
    const staff: Staff[] = [];
    for (const person of people) staff.push(await tx.staff.insert(person));
    for (const fields of posts(staff)) await tx.posts.insert(fields);
    return staff;
  });
}

export function person(i: number): StaffFields {
  return {
    name: `${FIRST_NAMES[i]!} ${pick(LAST_NAMES)}`,
    role: pick(ROLES),
    color: `#${int(0, 0xffffff).toString(16).padStart(6, '0')}`,
    birthday: `${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
    startedOn: `20${int(10, 23)}-0${int(1, 9)}-1${int(0, 9)}`,
    funFact: pick(FUN_FACTS),
    active: i >= ARCHIVED_STAFF,
  };
}
