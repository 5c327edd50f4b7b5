// "Inspire me": the next friend-first prompt that fits the post (its category and occasion, a
// fun fact only for someone who has one), `{name}` and `{funFact}` filled in.
import { useRef } from 'react';
import { Sparkles } from 'lucide-react';
import { fillPrompt, nextPrompt } from '../../../shared/rhythm/prompts';
import type { Occasion } from '../../../shared/rhythm/prompts';
import type { CategoryId } from '../../../shared/vocabulary';
import { promptsQuery } from '../../data/rhythm';

export function InspireButton({
  category,
  occasion = null,
  name,
  funFact = null,
  onPick,
  label = 'Inspire me',
}: {
  category: CategoryId;
  /** Birthday or anniversary: only prompts for that occasion. */
  occasion?: Occasion | null;
  /** The featured person, for `{name}`, and their fun fact, for `{funFact}`. */
  name?: string | null;
  funFact?: string | null;
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
          { category, occasion, funFact },
          last.current,
          Math.floor(Math.random() * 97),
        );
        if (!prompt) return;
        last.current = prompt.id;
        onPick(fillPrompt(prompt.text, name, funFact));
      }}
    >
      <Sparkles aria-hidden="true" size={18} /> {label}
    </button>
  );
}
