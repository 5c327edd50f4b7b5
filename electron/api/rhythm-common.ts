// Helpers the team-rhythm handlers share: people checks, the prompt
// library, the rhythm settings with defaults.
import { blankPost } from '../../shared/posts';
import promptLibrary from '../../assets/prompts.json';
import type { Post, Staff } from '../../shared/contract';
import type { RhythmSettings } from '../../shared/channels/rhythm';
import { ApiError } from '../../shared/envelope';
import { DEFAULT_MIX_TARGETS } from '../../shared/rhythm/mix';
import { readPromptLibrary, type PromptLike } from '../../shared/rhythm/prompts';
import type { PostFields, Tx } from '../store/store';

export const BUILT_IN_PROMPTS: readonly PromptLike[] = readPromptLibrary(promptLibrary);

export async function rhythmSettings(tx: Tx): Promise<RhythmSettings> {
  const s = await tx.rhythm.get();
  return { ...s, mixTargets: { ...DEFAULT_MIX_TARGETS, ...(s.mixTargets ?? {}) } };
}

/** Everyone in `ids` must be on the staff list and active. */
export async function activePeople(
  tx: Tx,
  ids: readonly string[],
  field: string,
): Promise<Staff[]> {
  const people = await Promise.all(ids.map((id) => tx.staff.find(id)));
  const missing = people.findIndex((p) => !p);
  if (missing >= 0) {
    throw new ApiError('invalid_input', 'Someone chosen is not on the staff list.', {
      [field]: 'No staff member with this id',
    });
  }
  const archived = people.find((p) => !p!.active);
  if (archived) {
    throw new ApiError('invalid_input', `${archived.name} is archived and cannot be chosen.`, {
      [field]: 'Archived staff cannot be chosen',
    });
  }
  return people as Staff[];
}

export function postFieldsOf(post: Post): PostFields {
  const {
    id: _i,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    deletedAt: _d,
    seriesId: _s,
    ...fields
  } = post;
  return fields;
}

export const newPost = (fields: Partial<PostFields> & Pick<PostFields, 'title'>): PostFields =>
  blankPost(fields);
