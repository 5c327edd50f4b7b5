import { describe, expect, it } from 'vitest';
import { installNetworkGuard, isAllowedRequest } from '../../electron/shell/network';
import {
  MEDIA_DIALOG_OPTIONS,
  pickMedia,
  uploadDropped,
  type IncomingFilesLike,
} from '../../electron/shell/media';

const APP_DIR = 'file:///opt/Rapport/resources/app/out/renderer/';

describe('no network, ever', () => {
  it.each([
    [`${APP_DIR}index.html`, true],
    [`${APP_DIR}assets/index-abc.js`, true],
    ['data:image/webp;base64,AAAA', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['https://fonts.googleapis.com/css?family=Inter', false],
    ['http://127.0.0.1:5174/api/posts.get', false],
    ['http://localhost/', false],
    ['wss://example.com/socket', false],
    ['ftp://example.com/file', false],
    ['file:///etc/passwd', false],
    ['file:///opt/Rapport/resources/app/out/renderer/../../secret', false],
    ['file://evil-host/share/x.js', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedRequest(url, APP_DIR)).toBe(allowed);
  });

  it('cancels refused requests on the session', () => {
    let listener: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    let filter: { urls: string[] } | undefined;
    const refused = installNetworkGuard(
      { webRequest: { onBeforeRequest: (f, l) => ((filter = f), (listener = l)) } },
      APP_DIR,
    );
    expect(filter).toEqual({ urls: ['<all_urls>'] });
    const answers: boolean[] = [];
    listener!({ url: 'https://example.com/tracker.gif' }, (r) => answers.push(r.cancel));
    listener!({ url: `${APP_DIR}index.html` }, (r) => answers.push(r.cancel));
    expect(answers).toEqual([true, false]);
    expect(refused).toEqual(['https://example.com/tracker.gif']);
  });
});

function fakeFiles(): IncomingFilesLike & { received: string[] } {
  const received: string[] = [];
  return {
    received,
    receiveFile: async (path, max) => {
      if (path.includes('huge')) throw Object.assign(new Error('too big'), { limit: max });
      received.push(path);
      return { uploadId: `id-${received.length}`, bytes: 10 };
    },
    receiveBytes: async (data) => {
      received.push(`bytes:${data.byteLength}`);
      return { uploadId: 'id-bytes', bytes: data.byteLength };
    },
  };
}

describe('media into the desktop app', () => {
  it('the main process shows the dialog and copies each chosen file in; the page gets ids, not paths', async () => {
    const files = fakeFiles();
    let asked: unknown;
    const result = await pickMedia(
      {
        showOpenDialog: async (options) => {
          asked = options;
          return {
            canceled: false,
            filePaths: ['/home/me/Pictures/smile.jpg', '/home/me/huge.mov'],
          };
        },
      },
      files,
    );
    expect(asked).toBe(MEDIA_DIALOG_OPTIONS);
    expect(result).toEqual({
      ok: true,
      data: {
        uploads: [{ uploadId: 'id-1', name: 'smile.jpg' }],
        refused: [{ name: 'huge.mov', message: 'Larger than 500 MB' }],
      },
    });
    expect(JSON.stringify(result)).not.toContain('/home/me');
  });

  it('cancelling the dialog adds nothing', async () => {
    const files = fakeFiles();
    const result = await pickMedia(
      { showOpenDialog: async () => ({ canceled: true, filePaths: ['/x.jpg'] }) },
      files,
    );
    expect(result).toEqual({ ok: true, data: { uploads: [], refused: [] } });
    expect(files.received).toEqual([]);
  });

  it('a dropped file arrives as bytes and a bare name; anything else is refused', async () => {
    const files = fakeFiles();
    expect(await uploadDropped(files, 'C:\\Users\\me\\after.jpg', new Uint8Array(5))).toEqual({
      ok: true,
      data: { uploads: [{ uploadId: 'id-bytes', name: 'after.jpg' }], refused: [] },
    });
    expect((await uploadDropped(files, '/etc/passwd', 'not bytes')).ok).toBe(false);
    expect((await uploadDropped(files, 'big.mov', new Uint8Array(11), 10)).ok).toBe(false);
    expect(files.received).toEqual(['bytes:5']);
  });
});
