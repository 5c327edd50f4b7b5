// The renderer's link to its host, for the app's start and the menu: which host it runs under
// (connect), and the desktop menu's commands (none in the browser).
export { connect, isDesktop, onAppCommand } from './client';
