import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpTransport, KEEPALIVE_BUDGET, unprotectedWrites } from '../../renderer/data/client';
import {
  atRisk,
  flushAll,
  registerPendingSave,
  resetPendingSaves,
} from '../../renderer/data/pending-saves';

afterEach(() => resetPendingSaves());

function answering() {
  const calls: RequestInit[] = [];
  const resolvers: (() => void)[] = [];
  const fetchImpl = vi.fn(
    (_url: unknown, init?: RequestInit) =>
      new Promise<Response>((resolve) => {
        calls.push(init!);
        resolvers.push(() => resolve(new Response('{"ok":true,"data":1}')));
      }),
  ) as unknown as typeof fetch;
  return { fetchImpl, calls, answerAll: () => resolvers.splice(0).forEach((r) => r()) };
}

describe('httpTransport keepalive', () => {
  it('marks requests keepalive while their bodies fit in the browser’s 64 KiB budget', async () => {
    const { fetchImpl, calls, answerAll } = answering();
    const send = httpTransport('t', fetchImpl);
    const small = send('posts.update', { notes: 'Third.' });
    const big = send('posts.update', { notes: 'x'.repeat(KEEPALIVE_BUDGET) });
    expect(calls.map((c) => c.keepalive)).toEqual([true, false]);
    // The big one would not outlive the page: leaving now is at risk.
    expect(unprotectedWrites()).toBe(1);
    expect(atRisk()).toBe(true);
    answerAll();
    await Promise.all([small, big]);
    expect(unprotectedWrites()).toBe(0);
    expect(atRisk()).toBe(false);
  });

  it('shares the budget between requests in flight', async () => {
    const { fetchImpl, calls, answerAll } = answering();
    const send = httpTransport(null, fetchImpl);
    const half = 'x'.repeat(KEEPALIVE_BUDGET / 2);
    const runs = [send('posts.update', { a: half }), send('posts.update', { b: half })];
    expect(calls.map((c) => c.keepalive)).toEqual([true, false]);
    answerAll();
    await Promise.all(runs);
    // Settled requests gave their share back.
    const again = send('posts.update', { a: half });
    expect(calls.at(-1)!.keepalive).toBe(true);
    answerAll();
    await again;
  });
});

describe('pending saves', () => {
  it('starts every dirty save at once, and only those', async () => {
    const dirty = {
      flush: vi.fn(() => Promise.resolve()),
      isDirty: () => true,
      failed: () => false,
    };
    const clean = {
      flush: vi.fn(() => Promise.resolve()),
      isDirty: () => false,
      failed: () => false,
    };
    registerPendingSave(dirty);
    const off = registerPendingSave(clean);
    const done = flushAll();
    expect(dirty.flush).toHaveBeenCalledTimes(1);
    expect(clean.flush).not.toHaveBeenCalled();
    await done;
    off();
  });

  it('is at risk when a dirty form’s last save failed, not when a clean one’s did', () => {
    const entry = { flush: () => Promise.resolve(), isDirty: () => false, failed: () => true };
    const off = registerPendingSave(entry);
    expect(atRisk()).toBe(false);
    entry.isDirty = () => true;
    expect(atRisk()).toBe(true);
    off();
    expect(atRisk()).toBe(false);
  });

  it('keeps flushing the others when one save throws', async () => {
    registerPendingSave({
      flush: () => Promise.reject(new Error('down')),
      isDirty: () => true,
      failed: () => false,
    });
    const other = {
      flush: vi.fn(() => Promise.resolve()),
      isDirty: () => true,
      failed: () => false,
    };
    registerPendingSave(other);
    await expect(flushAll()).resolves.toBeUndefined();
    expect(other.flush).toHaveBeenCalled();
  });
});
