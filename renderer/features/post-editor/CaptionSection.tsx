// The caption, its length on every chosen platform (counted as each network counts, with the
// hashtags), Copy per platform (through the consent gate), and custom text per platform.
import { ChevronDown, ChevronRight, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { LIMITS } from '../../../shared/limits';
import { captionChecks, type CaptionCheck } from '../../../shared/captions';
import { PLATFORM_IDS, PLATFORMS } from '../../../shared/platforms';
import { Field, FieldError } from '../../components/form/Field';
import { textToCopy } from '../../data/handoff';
import { formatNumber } from '../../lib/format';
import { notify } from '../../state/notices';
import { toggled } from '../../components/form/draft';
import { counterText, type Draft, type FieldErrors } from './post-editor-utils';

/**
 * Copies the text for upload as the server hands it out: the saved post through the exit
 * gate, so a post whose patient consent does not hold is refused (the notice says why).
 */
async function copy(check: CaptionCheck, savedId: () => Promise<string | null>) {
  const { label } = PLATFORMS[check.platform];
  const id = await savedId();
  if (id === null) {
    notify('Not copied: this new post is not saved yet.', { tone: 'error' });
    return;
  }
  const text = await textToCopy(id, check.platform);
  if (text === null) return;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    notify(`Could not copy the ${label} caption. Select the text and copy it by hand.`, {
      tone: 'error',
    });
    return;
  }
  notify(
    check.over && check.limit !== null && check.remaining !== null
      ? `Copied the ${label} caption — it is ${formatNumber(-check.remaining)} characters over ${label}’s limit of ${formatNumber(check.limit)}.`
      : `Copied the ${label} caption`,
  );
}

export function CaptionSection({
  draft,
  hashtags,
  errors,
  countsId,
  onEdit,
  savedId,
}: {
  draft: Draft;
  hashtags: string[];
  errors: FieldErrors;
  /** The id of the counters' heading: the caption box is described by it. */
  countsId: string;
  onEdit: (change: Partial<Draft>) => void;
  /** Saves what is typed, then gives the post's id (null: a new post not saved yet). */
  savedId: () => Promise<string | null>;
}) {
  const [openOverrides, setOpenOverrides] = useState(() =>
    PLATFORM_IDS.filter((p) => (draft.platformCaptions[p] ?? '').trim() !== ''),
  );
  const checks = captionChecks({
    caption: draft.caption,
    platformCaptions: draft.platformCaptions,
    platforms: draft.platforms,
    hashtags,
  });

  return (
    <>
      <Field label="Caption" error={errors.caption} describedBy={countsId}>
        {(control) => (
          <textarea
            dir="auto"
            {...control}
            className="post-editor-caption"
            rows={8}
            value={draft.caption}
            maxLength={LIMITS.caption}
            onChange={(e) => onEdit({ caption: e.target.value })}
          />
        )}
      </Field>

      <section className="caption-checks" aria-labelledby={countsId}>
        <h3 id={countsId}>Length per platform (with hashtags)</h3>
        {checks.length === 0 ? (
          <p className="field-hint">Tick the platforms above to see the length for each.</p>
        ) : (
          <ul>
            {checks.map((check) => (
              <li
                key={check.platform}
                className={check.over ? 'caption-check over' : 'caption-check'}
              >
                <span className="caption-check-text">
                  {check.over ? (
                    <TriangleAlert aria-hidden="true" size="1em" className="mark" />
                  ) : null}
                  {counterText(check)}
                  {PLATFORMS[check.platform].note ? (
                    <span className="caption-check-note">{PLATFORMS[check.platform].note}</span>
                  ) : null}
                </span>
                <button
                  type="button"
                  className="button"
                  aria-label={`Copy the ${PLATFORMS[check.platform].label} caption`}
                  onClick={() => void copy(check, savedId)}
                >
                  Copy
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {draft.platforms.length > 0 ? (
        <div className="post-editor-overrides">
          {draft.platforms.map((p) => {
            const { label } = PLATFORMS[p];
            const text = draft.platformCaptions[p] ?? '';
            const open = openOverrides.includes(p);
            const panelId = `${countsId}-override-${p}`;
            return (
              <div key={p} className="override">
                <button
                  type="button"
                  className="button ghost override-toggle"
                  aria-expanded={open}
                  aria-controls={open ? panelId : undefined}
                  onClick={() => setOpenOverrides((list) => toggled(list, p, !open, PLATFORM_IDS))}
                >
                  {open ? (
                    <ChevronDown aria-hidden="true" size="1em" />
                  ) : (
                    <ChevronRight aria-hidden="true" size="1em" />
                  )}{' '}
                  Custom text for {label}
                  {text.trim() !== '' ? <span className="override-in-use"> (in use)</span> : null}
                </button>
                {open ? (
                  <div className="field" id={panelId}>
                    <textarea
                      dir="auto"
                      rows={4}
                      value={text}
                      maxLength={LIMITS.caption}
                      aria-label={`Custom text for ${label}`}
                      aria-describedby={`${panelId}-hint`}
                      onChange={(e) =>
                        onEdit({
                          platformCaptions: { ...draft.platformCaptions, [p]: e.target.value },
                        })
                      }
                    />
                    <span className="field-hint" id={`${panelId}-hint`}>
                      Leave empty to use the main caption on {label}.
                    </span>
                  </div>
                ) : null}
              </div>
            );
          })}
          <FieldError id={`${countsId}-overrides-error`} message={errors.platformCaptions} />
        </div>
      ) : null}
    </>
  );
}
