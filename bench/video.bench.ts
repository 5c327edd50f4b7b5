// A clean copy of a 10 MB phone video through the dispatcher (`media.exportCopy`): ffmpeg copies
// its streams without its tags, and the copy travels back as base64. Run on a tree before
// videos could leave, the same call is the old refusal, which is what this is compared with.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { MediaFiles } from '../electron/media/files';
import { tempStore, type TempStore } from '../tests/unit/helpers/temp-db';
import { makeVideo } from '../tests/unit/helpers/video';

let store: TempStore;
let id = '';
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rapport-video-bench-'));
  store = tempStore();
  // 720p at 8 Mbit/s: about 10 MB for 10 seconds.
  const file = await makeVideo(dir, 'mp4', {
    seconds: 10,
    width: 1280,
    height: 720,
    rate: 30,
    bitrate: '8M',
  });
  const { uploadId } = await new MediaFiles(join(store.dir, 'media')).receiveFile(file, 1e9);
  const media = await store.call('media.import', { uploadId, name: 'tour.mp4' });
  id = media.id;
  const answer = await store.dispatch('media.exportCopy', { id });
  console.log(
    `Video: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB; media.exportCopy answers ` +
      (answer.ok ? 'a clean copy' : `a refusal: ${answer.error.message}`),
  );
}, 300_000);

afterAll(() => {
  store.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('a clean copy of a 10 MB video', () => {
  test('media.exportCopy (stream copy without tags, or the old refusal)', async ({ bench }) => {
    const { latency } = await bench('media.exportCopy 10 MB video', async () => {
      await store.dispatch('media.exportCopy', { id });
    }).run({ iterations: 10, time: 0 });
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    console.log(
      `media.exportCopy, 10 MB video: mean ${ms(latency.mean)}, p50 ${ms(latency.p50)}, ` +
        `p99 ${ms(latency.p99)} (${latency.samplesCount} runs)`,
    );
  }, 300_000);
});
