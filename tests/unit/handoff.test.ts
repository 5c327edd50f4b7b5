import * as clock from '../../shared/clock';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HANDOFF_RULES } from '../../shared/handoff';
import { importBytes, plainPhoto } from './helpers/images';
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

const DEC = { from: '2026-12-01T05:00:00.000Z', to: '2027-01-01T05:00:00.000Z' };

async function practice() {
  const settings = await store.call('settings.get', {});
  await store.call('settings.update', {
    version: settings.version,
    practiceName: 'Lumen Aesthetics',
    timezone: 'America/Chicago',
  });
  const ana = await store.call('staff.create', {
    name: 'Ana Ruiz',
    role: 'Nurse',
    birthday: '04-17',
  });
  const ben = await store.call('staff.create', { name: 'Ben Okafor', startedOn: '2024-09-02' });
  return { ana, ben };
}

describe('the whole plan as JSON', () => {
  it('imports into an empty planner and gives back the same data, field by field', async () => {
    const { ana, ben } = await practice();
    const settings = await store.call('settings.get', {});
    await store.call('settings.update', {
      version: settings.version,
      workdayStart: '07:30',
      workdayEnd: '16:45',
      defaultPostTime: '11:15',
    });
    await store.call('staff.update', {
      id: ben.id,
      version: ben.version,
      celebratePublicly: false,
    });
    await store.call('prefs.update', { meStaffId: ana.id });
    const post = await store.call('posts.create', {
      title: 'Meet Ana',
      category: 'staff_spotlight',
      status: 'approved',
      scheduledAt: '2026-12-09T16:00:00.000Z',
      ownerId: ana.id,
      caption: 'Say hi to Ana!\nShe loves "quotes", commas; and semicolons.',
      platformCaptions: { x: 'Short hello to Ana' },
      platforms: ['instagram_feed', 'x'],
      hashtags: ['team', 'nurselife'],
      notes: 'Photo in the lab',
      featuredStaffIds: [ana.id, ben.id],
    });
    await store.call('posts.create', { title: 'Undated idea' });
    const trashed = await store.call('posts.create', { title: 'Gone', ownerId: ben.id });
    await store.call('posts.delete', { id: trashed.id });

    // A series with occurrences, one of them moved on its own (detached).
    const { series, posts: occurrences } = await store.call('series.create', {
      title: 'Team Tuesday',
      category: 'behind_the_scenes',
      rule: 'FREQ=WEEKLY;BYDAY=TU',
      startOn: '2026-12-01',
      endOn: '2026-12-29',
      time: '10:00',
      ownerIds: [ana.id],
      platforms: ['instagram_feed'],
    });
    expect(occurrences.length).toBeGreaterThan(2);
    const moved = occurrences[1]!;
    await store.call('posts.update', {
      id: moved.id,
      version: moved.version,
      scheduledAt: '2026-12-10T20:00:00.000Z',
    });
    await store.call('prompts.create', { category: 'education', text: 'Myth or fact?' });
    await store.call('hashtagGroups.create', { name: 'Team', hashtags: ['team', 'smiles'] });
    const rhythm = await store.call('rhythm.getSettings', {});
    await store.call('rhythm.updateSettings', { version: rhythm.version, spotlightWeeks: 6 });

    // A consent, revoked, with its audit entries; a photo linked to a post, with alt text.
    const consent = await store.call('consents.create', {
      patientRef: 'AB-4411',
      covers: ['photos'],
      platforms: 'all_social',
      signedOn: '2026-11-01',
      expiresOn: '2027-11-01',
      formRef: 'Binder 3',
    });
    const photo = await importBytes(store, await plainPhoto(800, 1000), 'smile.png');
    const marked = await store.call('media.update', {
      id: photo.id,
      version: photo.version,
      showsPatient: true,
      consentId: consent.id,
      tags: ['smile'],
    });
    const story = await store.call('posts.create', {
      title: 'A smile story',
      category: 'patient_story',
      scheduledAt: '2026-12-16T16:00:00.000Z',
      platforms: ['instagram_feed'],
      consentIds: [consent.id],
      media: [{ mediaId: marked.id, alt: 'A bright smile after treatment' }],
    });
    await store.call('consents.revoke', { id: consent.id, on: '2026-12-01', note: 'Asked us' });

    // A weekly meeting with its decisions and two action items: one done, one owned and due.
    const meeting = await store.call('meetings.update', {
      week: '2026-W49',
      version: 0,
      notes: 'Spotlight Ana first.\nAsk Ben about the "open day" photos; then decide.',
    });
    const openItem = await store.call('actions.create', {
      week: '2026-W49',
      text: 'Book the photographer',
      ownerId: ana.id,
      dueOn: '2026-12-11',
    });
    const doneRaised = await store.call('actions.create', {
      week: '2026-W49',
      text: 'Order new brochures',
    });
    const doneItem = await store.call('actions.update', {
      id: doneRaised.id,
      version: doneRaised.version,
      done: true,
    });
    expect(doneItem.doneOn).not.toBeNull();

    const exported = await store.call('export.json', {});
    expect(exported.format).toBe('rapport-plan');
    expect(exported.formatVersion).toBe(3);
    expect(exported.meetings).toEqual([
      {
        week: '2026-W49',
        notes: meeting.notes,
        version: meeting.version,
        updatedAt: meeting.updatedAt,
      },
    ]);
    const fieldsOf = (item: typeof openItem) => ({
      id: item.id,
      week: item.week,
      text: item.text,
      ownerId: item.ownerId,
      dueOn: item.dueOn,
      doneOn: item.doneOn,
      version: item.version,
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
    });
    expect(exported.actionItems).toHaveLength(2);
    expect(exported.actionItems).toEqual(
      expect.arrayContaining([fieldsOf(openItem), fieldsOf(doneItem)]),
    );
    expect(exported.mediaNote).toMatch(/sha256/);
    expect(exported.series).toHaveLength(1);
    expect(exported.prompts).toHaveLength(1);
    expect(exported.hashtagGroups).toHaveLength(1);
    expect(exported.rhythmSettings?.spotlightWeeks).toBe(6);
    expect(exported.consents[0]?.revokedOn).toBe('2026-12-01');
    expect(exported.consentAudit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['created', 'linked', 'revoked']),
    );
    expect(exported.media).toEqual([marked]);
    expect(exported.settings).toMatchObject({ workdayStart: '07:30', defaultPostTime: '11:15' });
    expect(exported.staff.find((s) => s.id === ben.id)?.celebratePublicly).toBe(false);
    const exportedStory = exported.posts.find((p) => p.id === story.id)!;
    expect(exportedStory.media).toEqual([
      { mediaId: marked.id, alt: 'A bright smile after treatment' },
    ]);
    expect(exportedStory.consentFlag).toBe('revoked');
    const exportedMoved = exported.posts.find((p) => p.id === moved.id)!;
    expect(exportedMoved).toMatchObject({ seriesId: series.id, seriesDetached: true });
    expect(exportedMoved.occurrenceOn).toMatch(/^2026-12-/);
    await store.call('staff.archive', { id: ben.id });
    const final = await store.call('export.json', {});

    other = tempStore();
    // Through a file: text, then parsed again.
    const plan = JSON.parse(JSON.stringify(final)) as unknown;
    expect(await other.call('import.json', { plan })).toMatchObject({
      staff: 2,
      posts: final.posts.length,
      series: 1,
      consents: 1,
      media: 1,
      mediaMissing: 1, // the other planner's media folder does not have the file
    });
    const again = await other.call('export.json', {});
    const { exportedAt: _a, posts: postsBefore, ...before } = final;
    const { exportedAt: _b, posts: postsAfter, ...after } = again;
    for (const key of Object.keys(before) as (keyof typeof before)[]) {
      expect([key, after[key]]).toEqual([key, before[key]]);
    }
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const original of postsBefore) {
      const copy = postsAfter.find((p) => p.id === original.id);
      for (const key of Object.keys(original) as (keyof typeof original)[]) {
        expect([original.title, key, copy?.[key]]).toEqual([original.title, key, original[key]]);
      }
    }
    expect(postsAfter.map((p) => p.id).sort()).toEqual(postsBefore.map((p) => p.id).sort());
    expect(await other.call('posts.get', { id: post.id })).toEqual(post);
    expect(await other.call('consents.audit', {})).toEqual(await store.call('consents.audit', {}));
    // The meeting and its action items, field by field, as the meeting screen reads them.
    expect(again.meetings).toEqual(final.meetings);
    expect(again.actionItems).toEqual(final.actionItems);
    const meetingAfter = await other.call('meetings.get', { week: '2026-W49' });
    const meetingBefore = await store.call('meetings.get', { week: '2026-W49' });
    for (const key of ['week', 'notes', 'version', 'updatedAt'] as const) {
      expect([key, meetingAfter[key]]).toEqual([key, meetingBefore[key]]);
    }
    expect(meetingAfter.actions).toHaveLength(2);
    for (const original of meetingBefore.actions) {
      const copy = meetingAfter.actions.find((a) => a.id === original.id);
      for (const key of Object.keys(original) as (keyof typeof original)[]) {
        expect([original.text, key, copy?.[key]]).toEqual([original.text, key, original[key]]);
      }
    }
    const doneAfter = meetingAfter.actions.find((a) => a.id === doneItem.id)!;
    expect(doneAfter).toMatchObject({ done: true, doneOn: doneItem.doneOn, ownerId: null });
    const openAfter = meetingAfter.actions.find((a) => a.id === openItem.id)!;
    expect(openAfter).toMatchObject({
      done: false,
      doneOn: null,
      ownerId: ana.id,
      dueOn: '2026-12-11',
      version: openItem.version,
      createdAt: openItem.createdAt,
      updatedAt: openItem.updatedAt,
    });
  });

  it('still imports a version 2 file (no meetings or action items)', async () => {
    const { ana } = await practice();
    await store.call('posts.create', { title: 'Idea', ownerId: ana.id });
    const { meetings: _m, actionItems: _a, ...current } = await store.call('export.json', {});
    other = tempStore();
    const plan = { ...current, formatVersion: 2 };
    expect(await other.call('import.json', { plan })).toMatchObject({ staff: 2, posts: 1 });
    const again = await other.call('export.json', {});
    expect(again.meetings).toEqual([]);
    expect(again.actionItems).toEqual([]);
    expect(again.posts).toEqual(current.posts);
  });

  it('still imports a version 1 file (settings, staff and posts only)', async () => {
    const { ana } = await practice();
    await store.call('posts.create', { title: 'Old idea', ownerId: ana.id });
    const current = await store.call('export.json', {});
    const v1 = {
      format: 'rapport-plan',
      formatVersion: 1,
      exportedAt: current.exportedAt,
      settings: current.settings,
      staff: current.staff.map(({ celebratePublicly: _c, ...s }) => s),
      posts: current.posts.map(({ occurrenceOn: _o, seriesDetached: _d, ...p }) => p),
    };
    other = tempStore();
    expect(await other.call('import.json', { plan: v1 })).toMatchObject({ staff: 2, posts: 1 });
    const again = await other.call('export.json', {});
    expect(again.posts).toEqual(current.posts);
    expect(again.staff).toEqual(current.staff);
  });

  it('refuses a non-empty planner, a newer format and a broken file, changing nothing', async () => {
    await practice();
    const exported = await store.call('export.json', {});
    const before = store.snapshot();
    const full = await store.refuse('import.json', { plan: exported });
    expect(full.message).toMatch(/empty planner/);
    other = tempStore();
    const otherBefore = other.snapshot();
    const newer = await other.refuse('import.json', { plan: { ...exported, formatVersion: 4 } });
    expect(newer.code).toBe('invalid_input');
    expect(newer.fields).toHaveProperty('plan.formatVersion');
    expect(newer.message).toMatch(/newer Rapport/);
    const broken = await other.refuse('import.json', {
      plan: { ...exported, posts: [{ id: 'x' }] },
    });
    expect(Object.keys(broken.fields ?? {})[0]).toMatch(/^plan\.posts\.0\./);
    const notOurs = await other.refuse('import.json', { plan: { hello: 'world' } });
    expect(notOurs.fields).toHaveProperty('plan.format');
    expect(other.snapshot()).toBe(otherBefore);
    expect(store.snapshot()).toBe(before);

    // A planner holding only a meeting's notes, or only an action item, is not empty.
    const bare = { ...exported, staff: [], posts: [] };
    await other.call('meetings.update', { week: '2026-W49', version: 0, notes: 'Decided' });
    expect((await other.refuse('import.json', { plan: bare })).message).toMatch(/empty planner/);
    other.cleanup();
    other = tempStore();
    await other.call('actions.create', { week: '2026-W49', text: 'Call the printer' });
    expect((await other.refuse('import.json', { plan: bare })).message).toMatch(/empty planner/);
  });
});

/** 20 ideas as European Excel saves them: BOM, `;`, CRLF, a quoted line break. */
function messyCsv(badCategory: string): string {
  const lines = ['Idea;Type;Text;When;Who;Where'];
  for (let i = 1; i <= 20; i++) {
    const type = i === 7 ? badCategory : i % 2 ? 'Staff spotlight' : 'behind_the_scenes';
    const text = i === 3 ? '"Two lines;\r\nwith a ""quote"""' : `Caption ${i}, with a comma`;
    const when = i <= 10 ? `0${(i % 9) + 1}.12.2026` : '';
    const who = i === 5 ? 'ana ruiz' : '';
    lines.push(
      `Idea ${i};${type};${text.includes(',') ? `"${text}"` : text};${when};${who};Instagram feed, X`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
const MAPPING = {
  title: 'Idea',
  category: 'Type',
  caption: 'Text',
  date: 'When',
  owner: 'Who',
  platforms: 'Where',
};

describe('ideas from a CSV', () => {
  it('previews each row with its problems; imports all or nothing', async () => {
    const { ana } = await practice();
    const before = store.snapshot();
    const preview = await store.call('import.ideasCsv', {
      text: messyCsv('Giveaway'),
      mapping: MAPPING,
      preview: true,
    });
    expect(preview.headers).toEqual(['Idea', 'Type', 'Text', 'When', 'Who', 'Where']);
    expect(preview.rows).toHaveLength(20);
    expect(preview.problems).toBe(1);
    const bad = preview.rows.find((r) => r.problems.length > 0)!;
    expect(bad.title).toBe('Idea 7');
    expect(bad.problems).toEqual(['Unknown category “Giveaway”']);
    expect(bad.line).toBe(9); // the quoted line break in row 3 takes a line of the file
    const three = preview.rows[2]!;
    expect(three.caption).toBe('Two lines;\r\nwith a "quote"');
    expect(preview.rows[4]).toMatchObject({ ownerId: ana.id, ownerName: 'Ana Ruiz' });
    expect(preview.rows[0]).toMatchObject({
      category: 'staff_spotlight',
      platforms: ['instagram_feed', 'x'],
      // 02.12.2026 at the default 10:00 in Chicago
      scheduledAt: '2026-12-02T16:00:00.000Z',
    });
    expect(store.snapshot()).toBe(before);

    const refused = await store.refuse('import.ideasCsv', {
      text: messyCsv('Giveaway'),
      mapping: MAPPING,
      preview: false,
    });
    expect(refused.message).toMatch(
      /1 of 20 rows have problems \(line 9\), so nothing was imported/,
    );
    expect(store.snapshot()).toBe(before);

    const done = await store.call('import.ideasCsv', {
      text: messyCsv('Team event'),
      mapping: MAPPING,
      preview: false,
    });
    expect(done.imported).toBe(20);
    const backlog = await store.call('posts.backlog', {});
    expect(backlog).toHaveLength(10);
    expect(backlog.every((p) => p.status === 'idea')).toBe(true);
  });

  it('names unknown owners, platforms and unreadable dates, and a missing column', async () => {
    await practice();
    const text = 'Title,Owner,Date,Platforms\nA,Zed,2026-12-01,Myspace\nB,,12/01/2026,\n';
    const preview = await store.call('import.ideasCsv', {
      text,
      mapping: { title: 'Title', owner: 'Owner', date: 'Date', platforms: 'Platforms' },
      preview: true,
    });
    expect(preview.rows[0]!.problems).toEqual([
      'No one called “Zed” on the staff list',
      'Unknown platform “Myspace”',
    ]);
    expect(preview.rows[1]!.problems[0]).toMatch(/Cannot read the date “12\/01\/2026”/);
    const missing = await store.refuse('import.ideasCsv', {
      text,
      mapping: { title: 'Name' },
      preview: true,
    });
    expect(missing.fields).toEqual({ 'mapping.title': 'The file has no column named “Name”' });
  });

  it('spreads undated rows evenly over a date range', async () => {
    await practice();
    const text = ['Title', ...Array.from({ length: 10 }, (_, i) => `Idea ${i}`)].join('\n');
    const result = await store.call('import.ideasCsv', {
      text,
      mapping: { title: 'Title' },
      preview: false,
      spread: { from: '2026-12-01', to: '2026-12-05' },
    });
    expect(result.imported).toBe(10);
    const days = result.rows.map((r) => r.scheduledAt!.slice(0, 10));
    expect(days).toEqual([
      '2026-12-01',
      '2026-12-01',
      '2026-12-02',
      '2026-12-02',
      '2026-12-03',
      '2026-12-03',
      '2026-12-04',
      '2026-12-04',
      '2026-12-05',
      '2026-12-05',
    ]);
    expect(result.rows[0]!.scheduledAt).toBe('2026-12-01T16:00:00.000Z');
  });
});

async function approved(title: string, scheduledAt: string, extra: Record<string, unknown> = {}) {
  return store.call('posts.create', {
    title,
    status: 'approved',
    scheduledAt,
    platforms: ['instagram_feed', 'x'],
    caption: `${title}: a caption`,
    ...extra,
  });
}

describe('Buffer CSV', () => {
  it('writes the exact header, quoted fields and practice-zone times; skips with reasons', async () => {
    await practice();
    await approved('Meet Ana', '2026-12-09T16:00:00.000Z', {
      caption: 'Say hi, "Ana"!\nNew line',
      hashtags: ['team'],
    });
    await approved('Long one', '2026-12-10T16:00:00.000Z', { caption: 'x'.repeat(300) });
    await approved('Empty', '2026-12-11T16:00:00.000Z', { caption: '' });
    await approved('Draft', '2026-12-12T16:00:00.000Z', { status: 'draft' });
    await approved('Other network', '2026-12-13T16:00:00.000Z', { platforms: ['facebook'] });
    const result = await store.call('export.bufferCsv', { ...DEC, platform: 'x' });
    expect(result.files).toHaveLength(1);
    const file = result.files[0]!;
    expect(file.name).toBe('rapport-buffer-x-2026-11-30.csv');
    expect(file.text.split('\r\n')[0]).toBe('"Text","Image URL","Tags","Posting Time"');
    const parsed = Papa.parse<Record<string, string>>(file.text, { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...HANDOFF_RULES.buffer.header]);
    expect(parsed.data).toEqual([
      {
        Text: 'Say hi, "Ana"!\nNew line\n#team',
        'Image URL': '',
        Tags: 'Other',
        'Posting Time': '2026-12-09 10:00',
      },
    ]);
    expect(result.skipped.map((s) => [s.title, s.reason])).toEqual([
      ['Long one', 'Caption is 300 characters; X allows 280'],
      ['Empty', 'No caption for X'],
    ]);
    // Every field is quoted, and no blank rows.
    expect(file.text.split('\r\n').every((line) => line.startsWith('"'))).toBe(true);
    const drafts = await store.call('export.bufferCsv', {
      ...DEC,
      platform: 'x',
      statuses: ['draft'],
    });
    expect(drafts.files[0]!.rows).toBe(1);
  });

  it('splits into files of 100', async () => {
    await practice();
    // Hourly from the day after the suite's now (Buffer takes only times still ahead), on X
    // (Instagram would need a photo on each).
    for (let i = 0; i < 150; i++) {
      await approved(
        `Post ${i}`,
        new Date(Date.parse('2026-12-10T15:00:00.000Z') + i * 3_600_000).toISOString(),
      );
    }
    const result = await store.call('export.bufferCsv', { ...DEC, platform: 'x' });
    expect(result.files.map((f) => [f.name, f.rows])).toEqual([
      ['rapport-buffer-x-2026-11-30-part1.csv', 100],
      ['rapport-buffer-x-2026-11-30-part2.csv', 50],
    ]);
    const rows = result.files.flatMap(
      (f) => Papa.parse<Record<string, string>>(f.text, { header: true }).data,
    );
    expect(rows.map((r) => r.Text)).toEqual(
      Array.from({ length: 150 }, (_, i) => `Post ${i}: a caption`),
    );
  });
});

describe('Hootsuite CSV', () => {
  it('has no header; minutes end in 0 or 5; 10 minutes ahead; no duplicate messages', async () => {
    await practice();
    const soon = new Date(clock.now().getTime() + 5 * 60_000);
    soon.setUTCMinutes(Math.ceil(soon.getUTCMinutes() / 5) * 5, 0, 0);
    const range = {
      from: new Date(clock.now().getTime() - 86_400_000).toISOString(),
      to: new Date(clock.now().getTime() + 40 * 86_400_000).toISOString(),
    };
    const tomorrow = new Date(clock.now().getTime() + 86_400_000);
    tomorrow.setUTCHours(16, 0, 0, 0);
    const later = new Date(tomorrow.getTime() + 86_400_000);
    const odd = new Date(later.getTime() + 86_400_000 + 3 * 60_000);
    const twin = new Date(later.getTime() + 2 * 86_400_000);
    if (soon.getTime() - clock.now().getTime() < 10 * 60_000)
      await approved('Too soon', soon.toISOString());
    await approved('Tomorrow', tomorrow.toISOString(), { caption: 'Hello "team", hi' });
    await approved('Later', later.toISOString());
    await approved('Odd minute', odd.toISOString());
    await approved('Twin', twin.toISOString(), { caption: 'Hello "team", hi' });
    // On X: Instagram would also need a photo on each post.
    const result = await store.call('export.hootsuiteCsv', { ...range, platform: 'x' });
    const rows = Papa.parse<string[]>(result.files[0]!.text).data;
    const wall = (d: Date) =>
      new Intl.DateTimeFormat('en-US', {
        timeZone: 'America/Chicago',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .format(d)
        .replace(',', '');
    expect(rows).toEqual([
      [wall(tomorrow), 'Hello "team", hi', ''],
      [wall(later), 'Later: a caption', ''],
    ]);
    const reasons = Object.fromEntries(result.skipped.map((s) => [s.title, s.reason]));
    expect(reasons['Odd minute']).toMatch(/minutes ending in 0 or 5 \(this post is at \d\d:\d3\)/);
    expect(reasons.Twin).toBe('Same message as “Tomorrow”: Hootsuite refuses duplicates');
    if (reasons['Too soon'])
      expect(reasons['Too soon']).toMatch(/at least 10 minutes in the future/);
  });
});

describe('iCalendar', () => {
  it('parses with a real iCalendar parser: stable UIDs, title, caption and owner, categories', async () => {
    const { ana } = await practice();
    const a = await approved('Meet Ana', '2026-12-09T16:00:00.000Z', {
      ownerId: ana.id,
      caption: 'Say hi to Ana; she brings, "cake".',
      category: 'staff_spotlight',
    });
    const b = await store.call('posts.create', {
      title: 'Coffee run',
      scheduledAt: '2026-12-10T15:30:00.000Z',
    });
    await store.call('posts.create', { title: 'Undated' });
    const everyone = await store.call('export.ics', DEC);
    expect(everyone.events).toBe(2);
    expect(everyone.name).toBe('rapport-everyone-2026-11-30.ics');
    const calendar = new ICAL.Component(ICAL.parse(everyone.text));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.uid)).toEqual([`${a.id}@rapport.local`, `${b.id}@rapport.local`]);
    expect(events[0]!.summary).toBe('Meet Ana');
    expect(events[0]!.description).toContain('Say hi to Ana; she brings, "cake".');
    expect(events[0]!.description).toContain('Owner: Ana Ruiz');
    expect(events[1]!.description).toContain('Owner: No owner yet');
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-12-09T16:00:00.000Z');
    expect(events[0]!.component.getFirstPropertyValue('categories')).toBe('Staff spotlight');
    // Stable: a second export gives the same UIDs.
    const second = await store.call('export.ics', DEC);
    expect(second.text.match(/^UID:.*$/gm)).toEqual(everyone.text.match(/^UID:.*$/gm));
    const mine = await store.call('export.ics', { ...DEC, ownerId: ana.id });
    expect(mine.events).toBe(1);
    expect(mine.name).toBe('rapport-ana-ruiz-2026-11-30.ics');
    const unknown = await store.refuse('export.ics', {
      ...DEC,
      ownerId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.fields).toHaveProperty('ownerId');
  });
});
