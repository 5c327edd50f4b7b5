import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandForKey, installCommands, runCommand } from '../../renderer/commands';
import { NO_FILTER } from '../../shared/posts';
import { useApp } from '../../renderer/state/app';
import { usePlanner } from '../../renderer/state/planner';
import { BacklogPanel } from '../../renderer/views/BacklogPanel';
import { useRealApi } from './helpers/real-api';

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

  it('leaves plain letters alone while the person types', async () => {
    const input = document.createElement('input');
    expect(commandForKey(key({ key: 'n' }, input))).toBeNull();
    expect(commandForKey(key({ key: 't' }, document.createElement('textarea')))).toBeNull();
    // Ctrl+N still works from a text field.
    expect(commandForKey(key({ key: 'n', ctrlKey: true }, input))).toBe('new-idea');
    expect(commandForKey(key({ key: 't', ctrlKey: true }))).toBeNull();
  });
});

describe('running commands', () => {
  let api: ReturnType<typeof useRealApi>;
  beforeEach(async () => {
    api = useRealApi();
    useApp.setState({ view: 'staff', settings: null, staff: [], notice: null });
    usePlanner.setState({ posts: {}, editingId: 'x', filter: NO_FILTER, calendarView: 'month' });
    await useApp.getState().load();
  });
  afterEach(() => api.close());

  it('Ctrl+N from another view goes to Ideas, closes the editor and focuses quick-add', async () => {
    const off = installCommands();
    render(<BacklogPanel />);
    fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
    expect(useApp.getState().view).toBe('ideas');
    expect(usePlanner.getState().editingId).toBeNull();
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.getByLabelText('New idea')).toHaveFocus();
    off();
  });

  it('moves the calendar by periods and back to today', async () => {
    const start = new Date('2026-03-15T12:00:00.000Z');
    usePlanner.getState().navigate(start);
    runCommand('go-next');
    expect(useApp.getState().view).toBe('calendar');
    expect(usePlanner.getState().calendarDate.toISOString().slice(0, 7)).toBe('2026-04');
    runCommand('go-previous');
    runCommand('go-previous');
    expect(usePlanner.getState().calendarDate.toISOString().slice(0, 7)).toBe('2026-02');
    runCommand('go-today');
    expect(Math.abs(+usePlanner.getState().calendarDate - Date.now())).toBeLessThan(5_000);
  });
});
