// The friendly-voice check under the caption: flagged words underlined in a read-back of the
// text, and each finding listed with its reason and a gentler way to say it. Advice only:
// saving never waits for it.
import { useDeferredValue, useId, useMemo } from 'react';
import { Info } from 'lucide-react';
import { checkVoice, segmentVoice, VOICE_KIND_LABELS } from '../../../shared/rhythm/voice';

export function VoiceFindings({ text }: { text: string }) {
  const uid = useId();
  const deferred = useDeferredValue(text);
  const findings = useMemo(() => checkVoice(deferred), [deferred]);
  const segments = useMemo(() => segmentVoice(deferred, findings), [deferred, findings]);
  return (
    <section className="voice-check" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>
        <Info aria-hidden="true" size={18} /> Friendly-voice check
      </h3>
      <p className="field-hint" role="status">
        {findings.length === 0
          ? 'Sounds warm: nothing to flag.'
          : findings.length === 1
            ? '1 gentle suggestion (it never stops you saving).'
            : `${findings.length} gentle suggestions (they never stop you saving).`}
      </p>
      {findings.length > 0 ? (
        <>
          <p className="voice-readback" aria-label="Your caption with the flagged words underlined">
            {segments.map((s, i) =>
              s.finding ? (
                <mark key={i} className={`voice-mark voice-${s.finding.kind}`}>
                  {s.text}
                </mark>
              ) : (
                <span key={i}>{s.text}</span>
              ),
            )}
          </p>
          <ul className="voice-list">
            {findings.map((f) => (
              <li key={`${f.ruleId}-${f.start}`} className={`voice-${f.kind}`}>
                <strong>
                  {VOICE_KIND_LABELS[f.kind]}: “{f.match}”
                </strong>
                <span>{f.message}</span>
                <span className="voice-suggestion">{f.suggestion}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
