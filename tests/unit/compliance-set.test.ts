// The labelled set (tests/fixtures/compliance-set.json) holds the check to its floors: a rule
// change that misses blockers or cries wolf on warm sentences fails here. The full table is
// printed by `npm run bench:compliance`.
import { describe, expect, it } from 'vitest';
import { FAMILIES, PACK_IDS } from '../../shared/compliance/types';
import { LABELLED, rate, scoreSet } from '../fixtures/compliance-score';

const BLOCKER_RECALL_FLOOR = 0.95;
const FALSE_ALARM_CEILING = 0.05;

describe('the labelled set', () => {
  const flagged = LABELLED.filter((s) => PACK_IDS.some((p) => s.expect[p] !== 'pass'));
  const warm = LABELLED.filter((s) => PACK_IDS.every((p) => s.expect[p] === 'pass'));

  it('has 200 sentences or more: 100 to flag, spread over every family and pack, and 100 warm', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(200);
    expect(flagged.length).toBeGreaterThanOrEqual(100);
    expect(warm.length).toBeGreaterThanOrEqual(100);
    expect(new Set(LABELLED.map((s) => s.text)).size).toBe(LABELLED.length);
    for (const family of FAMILIES) {
      expect([family, flagged.some((s) => s.family === family)]).toEqual([family, true]);
    }
    for (const pack of PACK_IDS) {
      for (const level of ['blocker', 'warning', 'advice'] as const) {
        const n = LABELLED.filter((s) => s.expect[pack] === level).length;
        expect([pack, level, n >= 10]).toEqual([pack, level, true]);
      }
    }
    for (const tag of ['misspelling', 'hashtag', 'spanish']) {
      expect([tag, flagged.filter((s) => s.tags?.includes(tag)).length >= 8]).toEqual([tag, true]);
    }
    // Education that names a treatment: fine where the pack allows it (US), flagged elsewhere.
    const education = LABELLED.filter(
      (s) => s.tags?.includes('education') && s.expect.us === 'pass' && s.expect.uk === 'blocker',
    );
    expect(education.length).toBeGreaterThanOrEqual(5);
  });

  const score = scoreSet();
  it.each(PACK_IDS)(
    `%s: recall on blockers ≥ ${BLOCKER_RECALL_FLOOR * 100}%, false alarms ≤ ${FALSE_ALARM_CEILING * 100}%`,
    (pack) => {
      const { blockers, warm: warmTally } = score.byPack[pack];
      const misses = score.misses.filter((m) => m.pack === pack);
      expect({
        pack,
        recall: rate(blockers.hit, blockers.of)! >= BLOCKER_RECALL_FLOOR,
        misses,
      }).toMatchObject({
        pack,
        recall: true,
      });
      expect({
        pack,
        falseAlarms: rate(warmTally.falseAlarms, warmTally.of)! <= FALSE_ALARM_CEILING,
        misses,
      }).toMatchObject({ pack, falseAlarms: true });
    },
  );
});
