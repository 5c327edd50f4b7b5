// The Ideas panel folded away: a slim rail that opens it again (remembered on this computer).
import { Lightbulb, PanelRightOpen } from 'lucide-react';
import { savePrefs } from '../../data/prefs';

export function IdeasRail() {
  return (
    <div className="ideas-rail">
      <button
        type="button"
        className="button ideas-rail-button"
        onClick={() => void savePrefs({ ideasPanel: 'open' })}
      >
        <PanelRightOpen aria-hidden="true" size="1.2em" />
        <Lightbulb aria-hidden="true" size="1.2em" />
        <span className="ideas-rail-label">Show ideas</span>
      </button>
    </div>
  );
}
