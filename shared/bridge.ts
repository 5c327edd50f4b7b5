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

/** "Save agenda as PDF": where it went, or why not (a cancelled dialog is not an error). */
export type SaveAgendaResult =
  { ok: true; path: string } | { ok: false; canceled: boolean; message: string };

/** Files taken into media/incoming, to be taken in with `media.import`. */
export type MediaUploads = Envelope<{
  uploads: { uploadId: string; name: string }[];
  refused: { name: string; message: string }[];
}>;

/** "Back up to a file…" or "Export everything": cancelled (`saved: false`) or saved as `name`. */
export type SavedFile = Envelope<{ saved: false } | { saved: true; name: string; posts: number }>;

export type RapportBridge = {
  /** Makes a checked backup and saves it where the person chooses (desktop app only). */
  saveBackup(): Promise<SavedFile>;
  /** Writes the whole plan as JSON where the person chooses (desktop app only). */
  savePlan(): Promise<SavedFile>;
  /** The main process's file dialog for photos and videos (desktop app only). */
  pickMedia(): Promise<MediaUploads>;
  /** A file dropped on the page: its name and bytes (desktop app only). */
  uploadMedia(name: string, data: Uint8Array): Promise<MediaUploads>;
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
   * Prints this window's meeting agenda (`week`, like 2026-W48) to a PDF file chosen in a save
   * dialog; never rejects. Desktop app only.
   */
  saveAgendaPdf(week: string): Promise<SaveAgendaResult>;
  /**
   * Calls `flush` when the desktop app is about to close the window, and tells the app once
   * it has finished (the window then closes). Returns a function that stops listening.
   */
  onFlushRequest(flush: () => Promise<boolean>): () => void;
};
