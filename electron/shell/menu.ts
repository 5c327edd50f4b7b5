// The application menu as plain data. App commands go to the renderer through `sendCommand`;
// everything else is an Electron role, so the platform supplies labels and behaviour.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/commands';

type SendCommand = (command: AppCommand) => void;
type Item = MenuItemConstructorOptions;

const separator: Item = { type: 'separator' };

function command(
  label: string,
  id: AppCommand,
  accelerator: string | undefined,
  send: SendCommand,
): Item {
  return { id, label, accelerator, click: () => send(id) };
}

function macAppMenu(send: SendCommand): Item {
  return {
    label: 'Rapport', // macOS shows the app's name here whatever the label
    submenu: [
      { role: 'about' },
      separator,
      command('Settings…', 'view-settings', 'Cmd+,', send),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

function fileMenu(mac: boolean, send: SendCommand): Item {
  return {
    label: 'File',
    submenu: [
      command('New Idea', 'new-idea', 'CmdOrCtrl+N', send),
      separator,
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

function editMenu(send: SendCommand): Item {
  return {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      separator,
      command('Search Posts…', 'search', 'CmdOrCtrl+K', send),
      separator,
      { role: 'selectAll' },
    ],
  };
}

// Numbers follow the order of the view tabs. Brackets, not arrows, for previous/next:
// Cmd/Ctrl+arrows move the caret in text fields.
function viewMenu(dev: boolean, send: SendCommand): Item {
  const devItems: Item[] = dev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
    : [];
  return {
    label: 'View',
    submenu: [
      command('Calendar', 'view-calendar', 'CmdOrCtrl+1', send),
      command('Ideas', 'view-ideas', 'CmdOrCtrl+2', send),
      command('Staff', 'view-staff', 'CmdOrCtrl+3', send),
      command('Trash', 'view-trash', 'CmdOrCtrl+4', send),
      command('Settings', 'view-settings', 'CmdOrCtrl+5', send),
      command('Weekly Meeting', 'view-meeting', 'CmdOrCtrl+Shift+M', send),
      separator,
      command('Go to Today', 'go-today', 'CmdOrCtrl+T', send),
      command('Previous Period', 'go-previous', 'CmdOrCtrl+[', send),
      command('Next Period', 'go-next', 'CmdOrCtrl+]', send),
      separator,
      ...devItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
}

function windowMenu(mac: boolean): Item {
  return {
    label: 'Window',
    role: 'window',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
}

function helpMenu(mac: boolean): Item {
  // macOS adds its search field to the Help menu; elsewhere About lives here.
  return { label: 'Help', role: 'help', submenu: mac ? [] : [{ role: 'about' }] };
}

export function buildMenuTemplate(
  platform: NodeJS.Platform,
  sendCommand: SendCommand,
  { dev = false }: { dev?: boolean } = {},
): Item[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [macAppMenu(sendCommand)] : []),
    fileMenu(mac, sendCommand),
    editMenu(sendCommand),
    viewMenu(dev, sendCommand),
    windowMenu(mac),
    helpMenu(mac),
  ];
}
