// The whole plan written to a file a page of posts at a time, on real files: it reads back as
// exactly the `export.json` document, imports into an empty planner with every post in the
// same order, never writes over a file and leaves nothing half-written when it fails.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankPost } from '../../shared/posts';
import { writePlanFile } from '../../electron/store/plan-file';
import type { Store } from '../../electron/store/store';
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

/** More posts than one page holds (2,000), so the pages have to join up. */
const POSTS = 2_345;

function seed() {
  return store.store.transaction(async (tx) => {
    for (let i = 0; i < POSTS; i++) {
      const day = new Date(Date.UTC(2026, 0, 1 + (i % 365), 15));
      await tx.posts.insert(
        blankPost({
          title: `Post ${i}: "quotes", commas; and a line\nbreak`,
          scheduledAt: i % 3 === 0 ? null : day.toISOString(),
          platforms: ['instagram_feed'],
        }),
      );
    }
  });
}

// Thousands of posts through real files: more time than a unit test usually needs.
describe('the whole plan as a file', { timeout: 30_000 }, () => {
  it('reads back as the export.json document and imports with every post in order', async () => {
    await store.call('staff.create', { name: 'Ana Ruiz' });
    await seed();
    const trashed = (await store.call('posts.backlog', {}))[0]!;
    await store.call('posts.delete', { id: trashed.id });
    const file = join(store.dir, 'plan.json');

    const written = await writePlanFile(store.store, file);

    expect(written.posts).toBe(POSTS);
    const text = readFileSync(file, 'utf8');
    expect(written.bytes).toBe(Buffer.byteLength(text));
    expect(text.split('\n')).toHaveLength(POSTS + 3); // head, one line per post, tail, end
    const plan = JSON.parse(text) as Awaited<ReturnType<typeof store.call<'export.json'>>>;
    const { exportedAt, ...fromFile } = plan;
    const { exportedAt: _, ...fromChannel } = await store.call('export.json', {});
    expect(Date.parse(exportedAt)).not.toBeNaN();
    expect(fromFile).toEqual(fromChannel);
    expect(plan.posts.find((p) => p.id === trashed.id)?.deletedAt).not.toBeNull();

    other = tempStore();
    const imported = await other.call('import.json', { plan });
    expect(imported).toMatchObject({ staff: 1, posts: POSTS });
    const again = await other.call('export.json', {});
    expect(again.posts.map((p) => p.id)).toEqual(plan.posts.map((p) => p.id));
  });

  it('writes an empty planner as a valid plan', async () => {
    const file = join(store.dir, 'empty.json');
    expect(await writePlanFile(store.store, file)).toMatchObject({ posts: 0 });
    const plan = JSON.parse(readFileSync(file, 'utf8')) as { posts: unknown[]; format: string };
    expect(plan).toMatchObject({ format: 'rapport-plan', posts: [] });
  });

  it('never writes over an existing file', async () => {
    const file = join(store.dir, 'taken.json');
    writeFileSync(file, 'mine');
    await expect(writePlanFile(store.store, file)).rejects.toThrow(/EEXIST/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('removes the half-written file when reading fails part way', async () => {
    await seed();
    let pages = 0;
    const failing: Store = {
      close: () => {},
      transaction: (work) =>
        store.store.transaction((tx) =>
          work({
            ...tx,
            transfer: {
              ...tx.transfer,
              postsPage: (after, limit) =>
                ++pages === 2
                  ? Promise.reject(new Error('disk I/O error'))
                  : tx.transfer.postsPage(after, limit),
            },
          }),
        ),
    };
    const file = join(store.dir, 'broken.json');
    await expect(writePlanFile(failing, file)).rejects.toThrow('disk I/O error');
    expect(existsSync(file)).toBe(false);
  });
});
