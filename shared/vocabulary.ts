// The fixed identifiers of the product's vocabulary, with their labels and looks. The contract,
// the database (lookup tables seeded by migrations) and exports all use these ids.

export const CATEGORY_IDS = [
  'behind_the_scenes',
  'staff_spotlight',
  'celebration',
  'team_event',
  'education',
  'patient_story',
  'community',
  'promotion',
  'other',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface Category {
  id: CategoryId;
  label: string;
  /** Strong enough for white text on it (WCAG AA, 4.5:1) in both themes. */
  color: string;
  hint: string;
}

export const CATEGORIES: Record<CategoryId, Category> = {
  behind_the_scenes: {
    id: 'behind_the_scenes',
    label: 'Behind the scenes',
    color: '#1d6fa5',
    hint: 'The team enjoying their work: set-up, coffee, a normal Tuesday.',
  },
  staff_spotlight: {
    id: 'staff_spotlight',
    label: 'Staff spotlight',
    color: '#7a3fa0',
    hint: 'One person, their story, a fun fact.',
  },
  celebration: {
    id: 'celebration',
    label: 'Celebration / thank-you',
    color: '#b0357a',
    hint: 'Birthdays, anniversaries, thank-yous.',
  },
  team_event: {
    id: 'team_event',
    label: 'Team event',
    color: '#a24d0c',
    hint: 'Team-building, training days, outings.',
  },
  education: {
    id: 'education',
    label: 'Patient education',
    color: '#16736a',
    hint: 'Plain-language answers to what patients ask.',
  },
  patient_story: {
    id: 'patient_story',
    label: 'Patient story',
    color: '#a3322c',
    hint: 'Before/after or testimonial: written consent first.',
  },
  community: {
    id: 'community',
    label: 'Community & causes',
    color: '#3f7a22',
    hint: 'Local events, charities, causes the team cares about.',
  },
  promotion: {
    id: 'promotion',
    label: 'Offer / promotion',
    color: '#6b5a12',
    hint: 'Offers, sparingly: patients do not want to be sold to.',
  },
  other: { id: 'other', label: 'Other', color: '#55606e', hint: 'Anything else.' },
};

export const STATUS_IDS = [
  'idea',
  'draft',
  'in_review',
  'approved',
  'published',
  'skipped',
] as const;
export type StatusId = (typeof STATUS_IDS)[number];

export const STATUSES: Record<StatusId, { id: StatusId; label: string }> = {
  idea: { id: 'idea', label: 'Idea' },
  draft: { id: 'draft', label: 'Draft' },
  in_review: { id: 'in_review', label: 'In review' },
  approved: { id: 'approved', label: 'Approved' },
  published: { id: 'published', label: 'Published' },
  skipped: { id: 'skipped', label: 'Skipped' },
};

/** How a post past its time and never approved is shown (see isMissed in shared/posts.ts). */
export const MISSED = { id: 'missed', label: 'Missed' } as const;
