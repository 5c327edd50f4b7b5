// "No network, ever": the desktop app's session refuses every request that is not the app's
// own files (or in-page data/blob URLs, or the developer tools). A link the user clicks goes to
// the system browser (security.ts), never through this session.

export interface RequestDetailsLike {
  url: string;
}

export interface SessionWebRequestLike {
  webRequest: {
    onBeforeRequest(
      filter: { urls: string[] },
      listener: (
        details: RequestDetailsLike,
        callback: (response: { cancel: boolean }) => void,
      ) => void,
    ): void;
  };
}

/** True only for what the app may load: its own folder over file:, data:, blob:, devtools:. */
export function isAllowedRequest(url: string, appDirUrl: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'devtools:') return true;
  if (parsed.protocol === 'blob:')
    return parsed.pathname.startsWith('file:') || parsed.origin === 'null';
  if (parsed.protocol !== 'file:') return false;
  const dir = appDirUrl.endsWith('/') ? appDirUrl : `${appDirUrl}/`;
  return parsed.host === '' && parsed.href.startsWith(dir) && !parsed.pathname.includes('/../');
}

/** Installs the refusal on a session; returns how many requests it has refused (for logs). */
export function installNetworkGuard(session: SessionWebRequestLike, appDirUrl: string) {
  const refused: string[] = [];
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const allowed = isAllowedRequest(details.url, appDirUrl);
    if (!allowed) refused.push(details.url);
    callback({ cancel: !allowed });
  });
  return refused;
}
