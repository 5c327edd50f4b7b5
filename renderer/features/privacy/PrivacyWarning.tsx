// The editor's "never a name" warning for patient stories: which words of the title or the
// caption's first line look like a name, and why it matters. Advice only: saving never waits.
import { useDeferredValue, useMemo } from 'react';
import { UserRoundX } from 'lucide-react';
import { storyNameFindings } from '../../../shared/privacy';
import './privacy.css';

export function PrivacyWarning({
  category,
  title,
  caption,
}: {
  category: string;
  title: string;
  caption: string;
}) {
  const text = useDeferredValue({ category, title, caption });
  const findings = useMemo(
    () => storyNameFindings(text),
    // The deferred object is new each render: compare by its fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [text.category, text.title, text.caption],
  );
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
