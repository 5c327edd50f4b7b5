// The editor's date field: a date typed in part, or wiped, never moves a post to the backlog
// (the browser's date field reports '' for both); "Move to backlog" does, with Undo.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderEditor, editorPlanner } from './helpers/editor';

const { seed, stored } = editorPlanner();

// 10:00 in New York on a Friday well ahead of the suite's clock (December 2026).
const AT = '2027-01-15T15:00:00.000Z';
const dateField = () => screen.getByLabelText('Date') as HTMLInputElement;
const settle = () => new Promise((r) => setTimeout(r, 1000));

/** What a browser's date field does when a part is typed that makes no date (31 February). */
function typeNoWholeDate(input: HTMLInputElement) {
  const validity = input.validity;
  Object.defineProperty(input, 'validity', {
    configurable: true,
    get: () => ({ ...validity, badInput: true, valid: false }),
  });
  fireEvent.change(input, { target: { value: '' } });
  delete (input as { validity?: ValidityState }).validity;
}

describe('the date field', () => {
  it('keeps the last date and says why when the date typed is not a whole date', async () => {
    const post = await seed({ scheduledAt: AT });
    renderEditor();
    typeNoWholeDate(dateField());
    const problem = await screen.findByText(/That is not a date/);
    expect(problem).toHaveTextContent(/stays on Friday, January 15, 2027/);
    expect(dateField()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('No date: this post waits in the backlog.')).toBeNull();
    expect(screen.queryByText(/All changes saved/)).toBeNull();
    expect(screen.getByText(/Not saved — see the message below/)).toBeInTheDocument();
    await settle();
    expect((await stored(post.id)).scheduledAt).toBe(AT);

    // A whole date again: the message goes and the date saves.
    fireEvent.change(dateField(), { target: { value: '2027-01-18' } });
    expect(screen.queryByText(/That is not a date/)).toBeNull();
    await waitFor(
      async () => expect((await stored(post.id)).scheduledAt).toBe('2027-01-18T15:00:00.000Z'),
      {
        timeout: 3000,
      },
    );
  });

  it('keeps the post on its date when the field is wiped, and points to Move to backlog', async () => {
    const post = await seed({ scheduledAt: AT });
    const user = renderEditor();
    await user.clear(dateField());
    expect(
      await screen.findByText(
        'The date is empty, so the post stays on Friday, January 15, 2027. To take it off the calendar, use “Move to backlog”.',
      ),
    ).toBeInTheDocument();
    await settle();
    expect((await stored(post.id)).scheduledAt).toBe(AT);
  });

  it('moves the post to the backlog with Move to backlog, and Undo brings it back', async () => {
    const post = await seed({ scheduledAt: AT });
    const user = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Move to backlog' }));
    await waitFor(async () => expect((await stored(post.id)).scheduledAt).toBeNull());
    expect(dateField()).toHaveValue('');
    expect(screen.getByText('No date: this post waits in the backlog.')).toBeInTheDocument();
    expect(screen.getByText('“Coffee with the team” moved to the backlog.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await stored(post.id)).scheduledAt).toBe(AT));
    await waitFor(() => expect(dateField()).toHaveValue('2027-01-15'));
    expect(screen.getByLabelText('Time')).toHaveValue('10:00');
  });
});
