// compliance.check and compliance.rules through the real dispatcher, and the practice's packs
// (Settings, compliancePacks): validated by the contract, the store and the database itself.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits';
import { NO_PACK_NOTICE } from '../../shared/compliance/check';
import { packsColumn } from '../../electron/store/settings';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore;
let other: TempStore | undefined;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => {
  store.cleanup();
  other?.cleanup();
  other = undefined;
});

const TEXT = 'Botox from £150 this week only! Guaranteed results.';

describe('compliancePacks in Settings', () => {
  it('start empty (no guess from the time zone) and save in one order', async () => {
    const settings = await store.call('settings.get', {});
    expect(settings.compliancePacks).toEqual([]);
    const saved = await store.call('settings.update', {
      version: settings.version,
      compliancePacks: ['ie', 'uk'],
    });
    expect(saved).toMatchObject({ compliancePacks: ['uk', 'ie'], version: settings.version + 1 });
    store.reopen();
    expect((await store.call('settings.get', {})).compliancePacks).toEqual(['uk', 'ie']);
  });

  it('refuse an unknown pack, a repeat or a non-list in words, changing nothing', async () => {
    await store.call('settings.get', {});
    const before = store.snapshot();
    const refusals = await Promise.all(
      [['fr'], ['uk', 'uk'], 'uk', ['us', 'uk', 'ie', 'us']].map((compliancePacks) =>
        store.refuse('settings.update', { version: 1, compliancePacks }),
      ),
    );
    expect(refusals.map((e) => [e.code, e.fields])).toEqual([
      ['invalid_input', { 'compliancePacks.0': 'A rule pack is one of us, uk, ie' }],
      ['invalid_input', { compliancePacks: 'A rule pack is listed twice' }],
      ['invalid_input', { compliancePacks: 'Rule packs are a list such as ["uk"]' }],
      ['invalid_input', { compliancePacks: 'At most 3 rule packs' }],
    ]);
    expect(store.snapshot()).toBe(before);
  });

  it('are refused by the store when written around the contract', () => {
    expect(packsColumn(['ie', 'us'])).toBe('["us","ie"]');
    expect(() => packsColumn(['fr'])).toThrow('Not a list of rule packs: ["fr"]');
    expect(() => packsColumn(['uk', 'uk'])).toThrow('Not a list of rule packs');
  });

  it('are refused by the database itself when written around the contract', async () => {
    await store.call('settings.get', {});
    for (const bad of ['["fr"]', '["uk","uk"]', '["uk","us"]', 'uk', '']) {
      expect(() =>
        store.db.prepare('UPDATE settings SET compliance_packs = ? WHERE id = 1').run(bad),
      ).toThrow(/CHECK constraint failed/);
    }
  });

  it('travel with the plan file; an older file without them imports with none', async () => {
    const settings = await store.call('settings.get', {});
    await store.call('settings.update', { version: settings.version, compliancePacks: ['us'] });
    const plan = await store.call('export.json', {});
    expect(plan.settings.compliancePacks).toEqual(['us']);
    other = tempStore();
    await other.call('import.json', { plan });
    expect((await other.call('settings.get', {})).compliancePacks).toEqual(['us']);

    const { compliancePacks: _c, ...olderSettings } = plan.settings;
    const third = tempStore();
    try {
      await third.call('import.json', { plan: { ...plan, settings: olderSettings } });
      expect((await third.call('settings.get', {})).compliancePacks).toEqual([]);
    } finally {
      third.cleanup();
    }
  });
});

describe('compliance.check', () => {
  it('with no pack chosen answers the voice findings and a note that no pack is chosen', async () => {
    const result = await store.call('compliance.check', { text: TEXT });
    expect(result.packs).toEqual([]);
    expect(result.notice).toBe(NO_PACK_NOTICE);
    expect(result.findings.map((f) => [f.set, f.severity, f.match])).toEqual([
      ['voice', 'advice', 'this week only'],
      ['voice', 'advice', 'Guaranteed'],
    ]);
  });

  it('uses the practice’s packs, or the packs asked for', async () => {
    const settings = await store.call('settings.get', {});
    await store.call('settings.update', { version: settings.version, compliancePacks: ['uk'] });
    const uk = await store.call('compliance.check', { text: TEXT });
    expect(uk.notice).toBeNull();
    expect(uk.findings.map((f) => [f.ruleId, f.severity, f.match])).toEqual([
      ['uk.pom-name', 'blocker', 'Botox'],
      ['uk.deadline', 'warning', 'this week only'],
      ['uk.guarantee', 'blocker', 'Guaranteed'],
    ]);
    expect(uk.findings[0]).toMatchObject({
      start: 0,
      end: 5,
      source: expect.stringContaining('CAP Code rule 12.12'),
      suggestion: expect.stringContaining('a consultation for lines and wrinkles'),
    });
    const us = await store.call('compliance.check', { text: TEXT, packs: ['us'] });
    expect(us.packs).toEqual(['us']);
    expect(us.findings.map((f) => f.ruleId)).toEqual(['us.deadline', 'us.guarantee']);
    const none = await store.call('compliance.check', { text: TEXT, packs: [] });
    expect(none.notice).toBe(NO_PACK_NOTICE);
  });

  it('refuses packs not in the list and text over the cap, in words', async () => {
    const before = store.snapshot();
    const unknown = await store.refuse('compliance.check', { text: 'Hello', packs: ['eu'] });
    expect(unknown).toMatchObject({
      code: 'invalid_input',
      fields: { 'packs.0': 'A rule pack is one of us, uk, ie' },
    });
    const twice = await store.refuse('compliance.check', { text: 'Hello', packs: ['uk', 'uk'] });
    expect(twice.fields).toEqual({ packs: 'A rule pack is listed twice' });
    const long = await store.refuse('compliance.check', { text: 'a'.repeat(LIMITS.caption + 1) });
    expect(long.fields).toEqual({ text: 'Text is too long (at most 63,206 characters)' });
    const missing = await store.refuse('compliance.check', {});
    expect(missing.fields).toEqual({ text: 'Text must be text' });
    const extra = await store.refuse('compliance.check', { text: 'Hi', pack: 'uk' });
    expect(extra.fields).toEqual({ pack: 'Unknown field' });
    expect(store.snapshot()).toBe(before);
  });
});

describe('compliance.rules', () => {
  it('lists every rule with its pack, severity, what it matches and its source', async () => {
    const rules = await store.call('compliance.rules', {});
    expect(new Set(rules.map((r) => r.set))).toEqual(new Set(['voice', 'us', 'uk', 'ie']));
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(rules.find((r) => r.id === 'uk.pom-name')).toMatchObject({
      family: 'medicines',
      severity: 'blocker',
      matches: expect.stringContaining('Botox'),
      source: expect.stringContaining('CAP Code rule 12.12'),
    });
    expect(rules.find((r) => r.id === 'us.pom-name')).toBeUndefined();
    expect(Object.keys(rules[0]!).sort()).toEqual(
      ['family', 'id', 'matches', 'message', 'set', 'severity', 'source', 'suggestion'].sort(),
    );
  });
});
