// App commands the Electron menu sends to the renderer (the renderer's shortcuts run the same).
export const APP_COMMANDS = [
  'new-idea',
  'go-today',
  'go-previous',
  'go-next',
  'view-calendar',
  'view-ideas',
  'view-staff',
  'view-trash',
  'view-settings',
  'search',
  'view-meeting',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export const APP_COMMAND_EVENT = 'app.command';

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value);
}
