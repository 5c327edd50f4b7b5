// "Never a name" for the screens. The rule needs large word lists, so it runs in the main
// process; the page asks it here. The shared screen shows a patient story's title only once the
// main process has said it names nobody: until then, and if asking fails, the title is hidden.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { HIDDEN_STORY_TITLE, type StoryNameFinding } from '../../shared/channels/privacy';
import type { Post } from '../../shared/contract';
import { api } from './client';

type Titled = Pick<Post, 'category' | 'title'>;

/** Answers so far: a patient story's title → how the shared screen may show it. */
const shown = new Map<string, string>();
const listeners = new Set<() => void>();
let version = 0;

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function ask(titles: string[]): Promise<void> {
  try {
    const answers = await api('privacy.sharedTitles', { titles });
    titles.forEach((title, i) => shown.set(title, answers[i] ?? HIDDEN_STORY_TITLE));
  } catch {
    // Stays hidden: the safe answer on a shared screen.
    titles.forEach((title) => shown.set(title, HIDDEN_STORY_TITLE));
  }
  version += 1;
  for (const listener of listeners) listener();
}

/**
 * How the shared screen and the agenda show each post's title: as it is, but a patient story
 * that names someone (or is not checked yet) as "Patient story (name hidden)".
 */
export function useSharedTitles(posts: readonly Titled[]): (post: Titled) => string {
  const answered = useSyncExternalStore(subscribe, () => version);
  const missing = [
    ...new Set(
      posts
        .filter((p) => p.category === 'patient_story' && !shown.has(p.title))
        .map((p) => p.title),
    ),
  ];
  const key = missing.join('\n');
  useEffect(() => {
    if (key !== '') void ask(key.split('\n'));
  }, [key]);
  return useMemo(
    () => (post: Titled) =>
      post.category === 'patient_story'
        ? (shown.get(post.title) ?? HIDDEN_STORY_TITLE)
        : post.title,
    // `answered` changes whenever an answer arrives: the function reads the map again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [answered],
  );
}

/** The editor's never-a-name warnings for a patient story (empty for other posts). */
export function useStoryNameFindings(post: Titled & { caption: string }): StoryNameFinding[] {
  const { category, title, caption } = post;
  const [answer, setAnswer] = useState<StoryNameFinding[]>();
  useEffect(() => {
    if (category !== 'patient_story') return;
    let current = true;
    // Asked a moment after typing stops, not on every key.
    const timer = setTimeout(() => {
      api('privacy.storyFindings', { category, title, caption }).then(
        (findings) => current && setAnswer(findings),
        () => undefined,
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [category, title, caption]);
  // The last answer stands while the next is on its way, unless the post is no longer a story.
  return category === 'patient_story' ? (answer ?? []) : [];
}
