// Content mix: counts and shares per category for scheduled posts, against the targets.
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../vocabulary';

/** Share of posts per category (0..1). Defaults: team and patients first, offers small. */
export const DEFAULT_MIX_TARGETS: Record<CategoryId, number> = {
  behind_the_scenes: 0.25,
  staff_spotlight: 0.15,
  celebration: 0.1,
  team_event: 0.1,
  education: 0.2,
  patient_story: 0.05,
  community: 0.1,
  promotion: 0.05,
  other: 0,
};

/** How far (in share) a category may stray from its target before it is called out. */
export const MIX_TOLERANCE = 0.05;

export interface MixPostLike {
  category: CategoryId;
  status: string;
  scheduledAt: string | null;
  deletedAt: string | null;
}

export interface MixRow {
  category: CategoryId;
  count: number;
  share: number;
  target: number;
  verdict: 'under' | 'over' | 'ok';
}

export interface MixReport {
  total: number;
  rows: MixRow[];
  /** Under- and over-target categories in words. */
  notes: string[];
}

/** Targets must be shares 0..1 adding up to 1 (within rounding); null when they do. */
export function targetsProblem(targets: Record<string, number>): string | null {
  const values = CATEGORY_IDS.map((c) => targets[c] ?? 0);
  if (values.some((v) => !(v >= 0 && v <= 1))) return 'Each target is a share from 0 to 100%';
  const sum = values.reduce((a, b) => a + b, 0);
  return Math.abs(sum - 1) > 0.011 ? 'The targets must add up to 100%' : null;
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** Scheduled (dated, not deleted, not skipped) posts counted per category against `targets`. */
export function mixReport(
  posts: readonly MixPostLike[],
  targets: Record<CategoryId, number>,
): MixReport {
  const counted = posts.filter((p) => p.scheduledAt && !p.deletedAt && p.status !== 'skipped');
  const total = counted.length;
  const rows = CATEGORY_IDS.map((category): MixRow => {
    const count = counted.filter((p) => p.category === category).length;
    const share = total === 0 ? 0 : count / total;
    const target = targets[category] ?? 0;
    let verdict: MixRow['verdict'] = 'ok';
    if (total > 0 && share > target + MIX_TOLERANCE) verdict = 'over';
    else if (total > 0 && share < target - MIX_TOLERANCE) verdict = 'under';
    return { category, count, share, target, verdict };
  });
  const notes: string[] = [];
  if (total === 0) notes.push('Nothing is scheduled in this period yet.');
  for (const row of rows) {
    const label = CATEGORIES[row.category].label;
    if (row.verdict === 'under')
      notes.push(
        `${label} is under target: ${pct(row.share)} of posts, aiming for ${pct(row.target)}.`,
      );
    if (row.verdict === 'over')
      notes.push(
        `${label} is over target: ${pct(row.share)} of posts, aiming for ${pct(row.target)}.`,
      );
  }
  return { total, rows, notes };
}
