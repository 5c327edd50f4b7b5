// The renderer's one way to the data: `api(channel, input)`. Under Electron it goes through the
// preload's window.rapport; in a browser, through the browser host's HTTP API. Nothing else in
// the renderer knows which host it runs under, and only renderer/data/ may import this file
// (a lint rule keeps it so): screens use the hooks and mutations there.
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import type { RapportBridge } from '../../shared/bridge';
import type { AppCommand } from '../../shared/commands';
import { ApiError, type Envelope } from '../../shared/envelope';

declare global {
  interface Window {
    rapport?: RapportBridge;
  }
}

export type Transport = (channel: Channel, input: unknown) => Promise<Envelope<unknown>>;

const TOKEN_KEY = 'rapport.token';

/**
 * The browser host hands its token in the URL fragment (#token=…), which never reaches a
 * server log. Keep it for reloads in this tab, then take it out of the address bar so it is
 * not shown on a shared screen.
 */
export function takeTokenFromLocation(location: Location, storage: Storage): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    const token = decodeURIComponent(match[1]!);
    storage.setItem(TOKEN_KEY, token);
    // Keep a route that came with the token (`#/staff&token=…`); drop the token itself.
    const rest = location.hash.replace(/(?:^#|&)token=[^&]*/, '').replace(/^#?&?/, '');
    history.replaceState(null, '', location.pathname + location.search + (rest ? `#${rest}` : ''));
    return token;
  }
  return storage.getItem(TOKEN_KEY);
}

export function httpTransport(token: string | null, fetchImpl: typeof fetch = fetch): Transport {
  return async (channel, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`api/${channel}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Rapport’s host is not answering. Is it still running?',
        },
      };
    }
    try {
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `Unexpected answer from the host (${response.status}).`,
        },
      };
    }
  };
}

function defaultTransport(): Transport {
  if (window.rapport) {
    const bridge = window.rapport;
    // The contract-typed `api` below is the typed door; the transport passes input through.
    return (channel, input) => bridge.invoke(channel, input as never);
  }
  return httpTransport(takeTokenFromLocation(window.location, window.sessionStorage));
}

let transport: Transport | undefined;

/** Picks the host and takes the browser host's token from the address, before any route is read. */
export function connect(): void {
  transport ??= defaultTransport();
  if (!window.rapport) {
    // A new address pasted into this tab (Rapport was restarted: a new token) changes only
    // the fragment, which reloads nothing: start again with it.
    window.addEventListener('hashchange', () => {
      if (/(?:^#|&)token=/.test(window.location.hash)) window.location.reload();
    });
  }
}

/** For tests: route calls to a fake or an in-memory host. */
export function setTransport(next: Transport | undefined): void {
  transport = next;
}

/** Calls a contract channel; resolves with its data or throws an ApiError. */
export async function api<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  transport ??= defaultTransport();
  const result = await transport(channel, input);
  if (!result.ok) {
    throw new ApiError(result.error.code, result.error.message, result.error.fields);
  }
  return result.data as ChannelOutput<C>;
}

/** Menu commands from the Electron shell (none in the browser). */
export function onAppCommand(listener: (command: AppCommand) => void): () => void {
  return window.rapport?.onCommand(listener) ?? (() => {});
}
