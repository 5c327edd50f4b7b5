// Beside the calendar: what is coming up (birthdays, anniversaries in the next 30 days), the
// content mix of the period on screen, and the two planning helpers (a new series, filling
// spotlights).
import { Suspense, useEffect, useState } from 'react';
import { Award, Cake, Repeat2, Users } from 'lucide-react';
import { CATEGORIES } from '../../../shared/vocabulary';
import type { Range } from '../../data/posts';
import { comingUpQuery, topUpSeries, useMix } from '../../data/rhythm';
import { formatDate, formatNumber } from '../../lib/format';
import { useOpenMoment } from './MomentsLayer';
import { momentLabel } from './rhythm-utils';
import { mixScale } from './rhythm-utils';
import { FillSpotlightsDialog, SeriesDialog } from './lazy-dialogs';
import './rhythm.css';

// Open-ended series are topped up once per app start, when the calendar first shows.
let toppedUp = false;

const pct = (n: number) => `${formatNumber(Math.round(n * 100))}%`;

function ComingUp() {
  const { data, status } = comingUpQuery.use();
  const open = useOpenMoment();
  return (
    <section className="rhythm-section" aria-labelledby="coming-up-title">
      <h2 id="coming-up-title">Coming up</h2>
      {status === 'loading' && !data ? <p className="field-hint">Looking ahead…</p> : null}
      {data && data.length === 0 ? (
        <p className="field-hint">No birthdays or work anniversaries in the next 30 days.</p>
      ) : null}
      {data && data.length > 0 ? (
        <ul className="coming-up">
          {data.map((m) => {
            const Icon = m.kind === 'birthday' ? Cake : Award;
            return (
              <li key={`${m.staffId}-${m.kind}-${m.date}`}>
                <button type="button" className="coming-up-item" onClick={() => open(m)}>
                  <Icon aria-hidden="true" size={18} />
                  <span>
                    <strong>{momentLabel(m)}</strong>
                    <span className="coming-up-date">{formatDate(m.date)}</span>
                    {!m.celebratePublicly && m.kind === 'birthday' ? (
                      <span className="coming-up-private">Team only</span>
                    ) : null}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

function MixChart({ range }: { range: Range }) {
  const { data } = useMix(range);
  if (!data) return null;
  const scale = mixScale(data.rows);
  const rows = data.rows.filter((r) => r.count > 0 || r.target > 0);
  return (
    <section className="rhythm-section" aria-labelledby="mix-title">
      <h2 id="mix-title">Content mix</h2>
      <p className="field-hint">
        {data.total === 1 ? '1 scheduled post' : `${formatNumber(data.total)} scheduled posts`} in
        this view, against your targets.
      </p>
      <ul className="mix-chart">
        {rows.map((r) => (
          <li key={r.category} className={`mix-row mix-${r.verdict}`}>
            <span className="mix-label">
              {CATEGORIES[r.category].label}
              <span className="mix-numbers">
                {formatNumber(r.count)} · {pct(r.share)} (target {pct(r.target)})
              </span>
            </span>
            <span className="mix-track" aria-hidden="true">
              <span
                className="mix-bar"
                style={{
                  width: `${(r.share / scale) * 100}%`,
                  background: CATEGORIES[r.category].color,
                }}
              />
              <span className="mix-target" style={{ left: `${(r.target / scale) * 100}%` }} />
            </span>
          </li>
        ))}
      </ul>
      {data.notes.length > 0 ? (
        <ul className="mix-notes">
          {data.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : (
        <p className="field-hint">Every category is near its target.</p>
      )}
    </section>
  );
}

export function RhythmPanel({ range }: { range: Range }) {
  const [dialog, setDialog] = useState<'series' | 'fill' | null>(null);
  useEffect(() => {
    if (toppedUp) return;
    toppedUp = true;
    void topUpSeries();
  }, []);
  return (
    <div className="rhythm-panel">
      <div className="rhythm-buttons">
        <button type="button" className="button" onClick={() => setDialog('series')}>
          <Repeat2 aria-hidden="true" size={18} /> New series
        </button>
        <button type="button" className="button" onClick={() => setDialog('fill')}>
          <Users aria-hidden="true" size={18} /> Fill spotlights
        </button>
      </div>
      <ComingUp />
      <MixChart range={range} />
      <Suspense fallback={null}>
        {dialog === 'series' ? <SeriesDialog onClose={() => setDialog(null)} /> : null}
        {dialog === 'fill' ? <FillSpotlightsDialog onClose={() => setDialog(null)} /> : null}
      </Suspense>
    </div>
  );
}
