// Changing the practice's time zone: what it would do (a count for the question asked first),
// and the change itself, keeping the posts' clock times or their instants.
import type { TimezoneImpact } from '../../shared/channels/timezone';
import type { TimezoneKeep } from '../../shared/timezone-change';
import { api } from './client';
import type { Outcome } from './errors';
import { mutate } from './mutate';
import { reloadPosts } from './posts';
import { loadSettings, useSettingsStore } from './settings';

export type { TimezoneImpact, TimezoneKeep };

/** What changing to `timezone` would do; throws an ApiError. */
export function previewTimezone(timezone: string): Promise<TimezoneImpact> {
  return api('settings.timezonePreview', { timezone });
}

/** Changes the zone; posts on screen are read again, as they may have moved. */
export function changeTimezone(
  timezone: string,
  keep: TimezoneKeep,
): Promise<Outcome<{ moved: number }>> {
  return mutate(async () => {
    const version = useSettingsStore.getState().settings?.version ?? 1;
    const result = await api('settings.changeTimezone', { version, timezone, keep });
    await loadSettings();
    reloadPosts();
    return result;
  });
}
