// The editor's "never a name" warning for patient stories: which words of the title or the
// caption's first line look like a name, and why it matters. Advice only: saving never waits.
import { UserRoundX } from 'lucide-react';
import type { CategoryId } from '../../../shared/vocabulary';
import { useStoryNameFindings } from '../../data/privacy';
import './privacy.css';

export function PrivacyWarning({
  category,
  title,
  caption,
}: {
  category: CategoryId;
  title: string;
  caption: string;
}) {
  const findings = useStoryNameFindings({ category, title, caption });
  if (findings.length === 0) return null;
  return (
    <div className="post-editor-banner privacy-warning" role="status">
      <UserRoundX aria-hidden="true" size={20} />
      <ul>
        {findings.map((f) => (
          <li key={f.field}>{f.message}</li>
        ))}
      </ul>
    </div>
  );
}
