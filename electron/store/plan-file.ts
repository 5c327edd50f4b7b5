// The whole plan as one JSON document, built here for both ways out: the `export.json`
// channel (one object) and the file the desktop app and the browser host save. The file is
// written a page of posts at a time, so a planner of any size fits in memory: a million posts
// as one string would pass V8's limit on the length of a string. One post per line keeps it
// readable and easy to compare.
import { open, rm } from 'node:fs/promises';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, PLAN_MEDIA_NOTE } from '../../shared/channels/handoff';
import type { ChannelOutput } from '../../shared/contract';
import type { Store, Tx } from './store';
import type { PlanPost } from './transfer';
import { now as clockNow } from '../../shared/clock';

type Plan = ChannelOutput<'export.json'>;

/** Posts read per page: about a megabyte of JSON. */
const PAGE = 2_000;

async function planHead(tx: Tx, now: Date) {
  return {
    format: PLAN_FORMAT,
    formatVersion: PLAN_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    settings: await tx.settings.get(),
    staff: await tx.staff.list(true),
  };
}

async function planTail(tx: Tx) {
  return { ...(await tx.transfer.extras()), mediaNote: PLAN_MEDIA_NOTE };
}

/** Every post, the trash too, a page at a time. */
async function* planPosts(tx: Tx): AsyncGenerator<PlanPost[]> {
  let after = 0;
  for (;;) {
    const page = await tx.transfer.postsPage(after, PAGE);
    if (page.posts.length === 0) return;
    yield page.posts;
    after = page.last;
  }
}

/** The whole plan as one object (the `export.json` channel). */
export async function planOf(tx: Tx, now = clockNow()): Promise<Plan> {
  const posts: PlanPost[] = [];
  for await (const page of planPosts(tx)) posts.push(...page);
  return { ...(await planHead(tx, now)), posts, ...(await planTail(tx)) };
}

/**
 * The same document handed to `write` in pieces (it parses to what planOf returns).
 * Resolves with the number of posts written.
 */
export async function writePlan(
  tx: Tx,
  write: (text: string) => Promise<unknown>,
  now = clockNow(),
): Promise<number> {
  const head = JSON.stringify(await planHead(tx, now));
  await write(`${head.slice(0, -1)},"posts":[`);
  let count = 0;
  for await (const page of planPosts(tx)) {
    await write(
      page.map((post) => `${count++ === 0 ? '\n' : ',\n'}${JSON.stringify(post)}`).join(''),
    );
  }
  await write(`${count > 0 ? '\n' : ''}],${JSON.stringify(await planTail(tx)).slice(1)}\n`);
  return count;
}

/**
 * Writes the whole plan to a new file `file` (never over an existing one), synced to disk
 * before it resolves; on failure the partial file is removed. The store is read in one
 * transaction, so the file is one consistent moment of the plan.
 */
export async function writePlanFile(
  store: Store,
  file: string,
): Promise<{ posts: number; bytes: number }> {
  const handle = await open(file, 'wx');
  let bytes = 0;
  try {
    const posts = await store.transaction((tx) =>
      writePlan(tx, async (text) => {
        bytes += (await handle.write(text)).bytesWritten;
      }),
    );
    await handle.sync();
    await handle.close();
    return { posts, bytes };
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(file, { force: true });
    throw error;
  }
}
