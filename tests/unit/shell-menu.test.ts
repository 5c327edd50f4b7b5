import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/shell/menu';
import { APP_COMMANDS } from '../../shared/commands';

type Item = MenuItemConstructorOptions;

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

const roles = (items: Item[]) =>
  flatten(items)
    .map((i) => i.role)
    .filter(Boolean);
const byLabel = (items: Item[], label: string) => items.find((i) => i.label === label);
const submenuOf = (item: Item | undefined) => (Array.isArray(item?.submenu) ? item.submenu : []);

function click(item: Item | undefined) {
  (item?.click as (() => void) | undefined)?.();
}

describe.each(['darwin', 'win32', 'linux'] as const)('buildMenuTemplate on %s', (platform) => {
  const send = vi.fn();
  const template = buildMenuTemplate(platform, send);
  const all = flatten(template);

  it('has the standard edit roles', () => {
    const edit = submenuOf(byLabel(template, 'Edit')).map((i) => i.role);
    expect(edit).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('has zoom, fullscreen, window and help', () => {
    expect(roles(template)).toEqual(
      expect.arrayContaining([
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
        'minimize',
        'window',
        'help',
      ]),
    );
  });

  it('sends new-idea from File › New Idea on Cmd/Ctrl+N', () => {
    send.mockClear();
    const newIdea = submenuOf(byLabel(template, 'File')).find(
      (i) => i.accelerator === 'CmdOrCtrl+N',
    );
    expect(newIdea?.label).toBe('New Idea');
    click(newIdea);
    expect(send).toHaveBeenCalledExactlyOnceWith('new-idea');
  });

  it('opens the weekly meeting from View › Weekly Meeting on Cmd/Ctrl+Shift+M', () => {
    send.mockClear();
    const meeting = submenuOf(byLabel(template, 'View')).find(
      (i) => i.accelerator === 'CmdOrCtrl+Shift+M',
    );
    expect(meeting?.label).toBe('Weekly Meeting');
    click(meeting);
    expect(send).toHaveBeenCalledExactlyOnceWith('view-meeting');
  });

  it('goes to today on Cmd/Ctrl+T', () => {
    send.mockClear();
    click(all.find((i) => i.accelerator === 'CmdOrCtrl+T'));
    expect(send).toHaveBeenCalledExactlyOnceWith('go-today');
  });

  it('offers every app command, each sending its own id', () => {
    for (const command of APP_COMMANDS) {
      send.mockClear();
      const item = all.find((i) => i.id === command);
      click(item);
      expect(send).toHaveBeenCalledExactlyOnceWith(command);
    }
  });

  it('gives no two items the same shortcut', () => {
    const accelerators = all.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('has no reload or devtools outside development', () => {
    expect(roles(template)).not.toEqual(expect.arrayContaining(['reload']));
    expect(roles(template)).not.toContain('forceReload');
    expect(roles(template)).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate(platform, send, { dev: true }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('can quit', () => {
    expect(roles(template)).toContain('quit');
  });
});

describe('platform differences', () => {
  it('macOS leads with the app menu and keeps Quit there', () => {
    const mac = buildMenuTemplate('darwin', vi.fn());
    expect(roles(submenuOf(mac[0]))).toEqual(
      expect.arrayContaining(['about', 'services', 'hide', 'quit']),
    );
    expect(submenuOf(byLabel(mac, 'File')).map((i) => i.role)).toContain('close');
    expect(submenuOf(byLabel(mac, 'Window')).map((i) => i.role)).toContain('front');
  });

  it('Windows and Linux start with File, which quits', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const template = buildMenuTemplate(platform, vi.fn());
      expect(template[0]?.label).toBe('File');
      expect(submenuOf(template[0]).map((i) => i.role)).toContain('quit');
      expect(roles(template)).not.toContain('services');
    }
  });
});
