// What the Electron preload exposes as window.rapport: the renderer's client and the
// preload's bridge are both typed from this one declaration.
import type { AppCommand } from './commands';
import type { Channel, ChannelInput, ChannelOutput } from './contract';
import type { Envelope } from './envelope';

export type OpenWindowOptions = {
  /** Full screen on a display other than the main window's, when there is one. */
  present?: boolean;
};

export type OpenWindowResult = { ok: true } | { ok: false; message: string };

export type RapportBridge = {
  /** Calls a contract channel; always resolves to an envelope, never rejects. */
  invoke<C extends Channel>(
    channel: C,
    input?: ChannelInput<C>,
  ): Promise<Envelope<ChannelOutput<C>>>;
  /** Calls `listener` with each menu command; returns a function that stops listening. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /**
   * Opens a route (`#/meeting/2026-W48`) in Rapport's second window, creating it or reusing
   * it; never rejects. Desktop app only.
   */
  openWindow(route: string, options?: OpenWindowOptions): Promise<OpenWindowResult>;
  /**
   * Calls `flush` when the desktop app is about to close the window, and tells the app once
   * it has finished (the window then closes). Returns a function that stops listening.
   */
  onFlushRequest(flush: () => Promise<boolean>): () => void;
};
