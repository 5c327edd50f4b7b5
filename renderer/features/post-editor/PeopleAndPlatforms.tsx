// Who a post features and where it goes: the staff and platform chips of the editor.
import type { Staff } from '../../../shared/contract';
import { PLATFORM_IDS, PLATFORMS } from '../../../shared/platforms';
import { FieldGroup } from '../../components/form/Field';
import { toggled } from '../../components/form/draft';
import type { Draft, FieldErrors } from './post-editor-utils';

export function PeopleAndPlatforms({
  draft,
  errors,
  staff,
  choices: featuredChoices,
  onEdit: edit,
}: {
  draft: Draft;
  errors: FieldErrors;
  /** Everyone (for the order of the featured list). */
  staff: Staff[];
  /** Who may be featured: the active team and anyone already featured. */
  choices: Staff[];
  onEdit: (change: Partial<Draft>) => void;
}) {
  return (
    <>
      <FieldGroup legend="Featured staff" error={errors.featuredStaffIds}>
        {featuredChoices.length === 0 ? (
          <p className="field-hint">Nobody on the staff list yet.</p>
        ) : (
          <div className="chip-list">
            {featuredChoices.map((s) => (
              <label key={s.id} className="chip">
                <input
                  type="checkbox"
                  checked={draft.featuredStaffIds.includes(s.id)}
                  onChange={(e) =>
                    edit({
                      featuredStaffIds: toggled(
                        draft.featuredStaffIds,
                        s.id,
                        e.target.checked,
                        staff.map((x) => x.id),
                      ),
                    })
                  }
                />
                <span className="chip-dot" style={{ background: s.color }} aria-hidden="true" />
                {s.name}
                {s.active ? '' : ' (archived)'}
              </label>
            ))}
          </div>
        )}
      </FieldGroup>

      <FieldGroup legend="Platforms" error={errors.platforms}>
        <div className="chip-list">
          {PLATFORM_IDS.map((p) => (
            <label key={p} className="chip">
              <input
                type="checkbox"
                checked={draft.platforms.includes(p)}
                onChange={(e) =>
                  edit({ platforms: toggled(draft.platforms, p, e.target.checked, PLATFORM_IDS) })
                }
              />
              {PLATFORMS[p].label}
            </label>
          ))}
        </div>
      </FieldGroup>
    </>
  );
}
