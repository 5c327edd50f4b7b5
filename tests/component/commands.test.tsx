import * as clock from '../../shared/clock';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandForKey, installCommands, runCommand } from '../../renderer/commands';
import { BacklogPanel } from '../../renderer/features/ideas/BacklogPanel';
import { calendarPlace, navigateCalendar } from '../../renderer/state/calendar';
import { go, useRoute } from '../../renderer/state/route';
import { openEditor, useUi } from '../../renderer/state/ui';
import { loadApp, useRealApi } from './helpers/real-api';

const key = (init: KeyboardEventInit, target: EventTarget = document.body) => {
  const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
};

describe('commandForKey', () => {
  it('maps Ctrl/Cmd+N to a new idea, and N and T when not typing', async () => {
    expect(commandForKey(key({ key: 'n', ctrlKey: true }))).toBe('new-idea');
    expect(commandForKey(key({ key: 'N', metaKey: true }))).toBe('new-idea');
    expect(commandForKey(key({ key: 'n' }))).toBe('new-idea');
    expect(commandForKey(key({ key: 't' }))).toBe('go-today');
  });

  it('maps Ctrl/Cmd+Shift+M to the weekly meeting, even from a text field', () => {
    const input = document.createElement('input');
    expect(commandForKey(key({ key: 'M', ctrlKey: true, shiftKey: true }))).toBe('view-meeting');
    expect(commandForKey(key({ key: 'm', metaKey: true, shiftKey: true }, input))).toBe(
      'view-meeting',
    );
    expect(commandForKey(key({ key: 'm', ctrlKey: true }))).toBeNull();
    expect(commandForKey(key({ key: 'm' }))).toBeNull();
  });

  it('leaves plain letters alone while the person types', async () => {
    const input = document.createElement('input');
    expect(commandForKey(key({ key: 'n' }, input))).toBeNull();
    expect(commandForKey(key({ key: 't' }, document.createElement('textarea')))).toBeNull();
    // Ctrl+N still works from a text field.
    expect(commandForKey(key({ key: 'n', ctrlKey: true }, input))).toBe('new-idea');
    expect(commandForKey(key({ key: 't', ctrlKey: true }))).toBeNull();
  });

  it('opens search with Ctrl/Cmd+K anywhere and / outside text fields', async () => {
    const input = document.createElement('input');
    expect(commandForKey(key({ key: 'k', ctrlKey: true }))).toBe('search');
    expect(commandForKey(key({ key: 'K', metaKey: true }, input))).toBe('search');
    expect(commandForKey(key({ key: '/' }))).toBe('search');
    expect(commandForKey(key({ key: '/' }, input))).toBeNull();
  });
});

describe('running commands', () => {
  let api: ReturnType<typeof useRealApi>;
  beforeEach(async () => {
    api = useRealApi();
    await loadApp();
    go({ page: 'staff' });
    openEditor('x');
  });
  afterEach(() => api.close());

  it('Ctrl+N from another view goes to Ideas, closes the editor and focuses quick-add', async () => {
    const off = installCommands();
    render(<BacklogPanel />);
    fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
    expect(useRoute.getState().route.page).toBe('ideas');
    expect(useUi.getState().editingId).toBeNull();
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.getByLabelText('New idea')).toHaveFocus();
    off();
  });

  it('moves the calendar by periods and back to today', async () => {
    const start = new Date('2026-03-15T12:00:00.000Z');
    navigateCalendar(start);
    runCommand('go-next');
    expect(useRoute.getState().route.page).toBe('calendar');
    expect(calendarPlace().date.toISOString().slice(0, 7)).toBe('2026-04');
    runCommand('go-previous');
    runCommand('go-previous');
    expect(calendarPlace().date.toISOString().slice(0, 7)).toBe('2026-02');
    runCommand('go-today');
    expect(Math.abs(+calendarPlace().date - clock.now().getTime())).toBeLessThan(5_000);
  });
});
