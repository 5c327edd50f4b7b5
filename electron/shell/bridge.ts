// What the preload exposes as `window.rapport`. Pure, so it is tested without Electron; it is
// bundled into the sandboxed preload, so it imports nothing but shared/ and ./ipc.
import { isChannel, type ChannelOutput } from '../../shared/contract';
import { isAppCommand } from '../../shared/commands';
import type { Envelope } from '../../shared/envelope';
import type { RapportBridge } from '../../shared/bridge';
import { COMMAND_IPC_CHANNEL, ipcChannelFor } from './ipc';

export type { RapportBridge };

type IpcListener = (event: unknown, ...args: unknown[]) => void;

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

const UNREACHABLE: Envelope<never> = {
  ok: false,
  error: {
    code: 'internal',
    message:
      'Rapport’s window lost touch with its data. Nothing was saved; please restart Rapport.',
  },
};

export function createRapportBridge(ipcRenderer: IpcRendererLike): RapportBridge {
  return {
    invoke(channel, input) {
      if (!isChannel(channel)) {
        return Promise.resolve({
          ok: false,
          error: {
            code: 'not_found',
            message: `There is no API channel named "${String(channel)}".`,
          },
        });
      }
      return ipcRenderer.invoke(ipcChannelFor(channel), input).then(
        (envelope) => envelope as Envelope<ChannelOutput<typeof channel>>,
        () => UNREACHABLE,
      );
    },
    onCommand(listener) {
      if (typeof listener !== 'function') throw new TypeError('onCommand needs a function');
      // The IPC event stays here: handing it to the page would leak `event.sender`.
      const forward: IpcListener = (_event, command) => {
        if (isAppCommand(command)) listener(command);
      };
      ipcRenderer.on(COMMAND_IPC_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(COMMAND_IPC_CHANNEL, forward);
      };
    },
  };
}
