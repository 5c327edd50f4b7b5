// "Inspire me": the next friend-first prompt for the category, `{name}` filled in.
import { useRef } from 'react';
import { Sparkles } from 'lucide-react';
import { fillPrompt, nextPrompt } from '../../../shared/rhythm/prompts';
import type { CategoryId } from '../../../shared/vocabulary';
import { promptsQuery } from '../../data/rhythm';

export function InspireButton({
  category,
  name,
  onPick,
  label = 'Inspire me',
}: {
  category: CategoryId;
  /** The featured person, for `{name}`. */
  name?: string | null;
  onPick: (text: string) => void;
  label?: string;
}) {
  const { data } = promptsQuery.use();
  const last = useRef<string | null>(null);
  return (
    <button
      type="button"
      className="button inspire-button"
      disabled={!data}
      onClick={() => {
        const prompt = nextPrompt(
          data ?? [],
          category,
          last.current,
          Math.floor(Math.random() * 97),
        );
        if (!prompt) return;
        last.current = prompt.id;
        onPick(fillPrompt(prompt.text, name));
      }}
    >
      <Sparkles aria-hidden="true" size={18} /> {label}
    </button>
  );
}
