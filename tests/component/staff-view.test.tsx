// The Staff page against the real store: the contract dispatcher over a temp SQLite file is the
// transport, so what the page shows is what was really saved.
import * as clock from '../../shared/clock';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoticeBar } from '../../renderer/components/NoticeBar';
import { StaffPage } from '../../renderer/features/staff/StaffPage';
import { setFormatPreferences } from '../../renderer/lib/format';
import { loadApp, useRealApi, type RealApi } from './helpers/real-api';

let api: RealApi;

/** Seeds or reads the store directly, as another window would. */
const call: RealApi['call'] = (channel, input) => api.call(channel, input);

const inDays = (days: number) => new Date(clock.now().getTime() + days * 86_400_000).toISOString();

beforeEach(async () => {
  // JSON both ways, as over HTTP.
  api = useRealApi({ wire: 'http' });
  // This practice reads dates the British way: "17 April", "Sep 2021".
  setFormatPreferences({ locale: 'en-GB' });
});

afterEach(() => {
  api.close();
  setFormatPreferences({ locale: 'en-US' });
});

async function renderPage() {
  await loadApp();
  const user = userEvent.setup({ delay: null });
  render(
    <>
      <StaffPage />
      <NoticeBar />
    </>,
  );
  // The workload has loaded once no card is still counting.
  await waitFor(() => expect(screen.queryByText('Counting posts…')).not.toBeInTheDocument());
  return user;
}

const card = (name: string) => screen.getByRole('article', { name });
const addForm = () => screen.getByRole('form', { name: 'Add a person' });

// Typing and a real SQLite file take a moment on a busy machine.
describe('StaffView', { timeout: 20_000 }, () => {
  it('greets an empty team and adds a person with an explicit action', async () => {
    const user = await renderPage();
    expect(screen.getByText(/Add the people who make your practice what it is/)).toBeVisible();

    const form = within(addForm());
    await user.type(form.getByRole('textbox', { name: /Name/ }), 'Maria del Carmen Ruiz');
    await user.type(form.getByRole('textbox', { name: 'Role' }), 'Nurse injector');
    await user.click(form.getByRole('radio', { name: 'Teal' }));
    await user.selectOptions(form.getByRole('combobox', { name: 'Month' }), 'April');
    await user.selectOptions(form.getByRole('combobox', { name: 'Day' }), '17');
    await user.type(form.getByLabelText('Started on'), '2021-09-02');
    await user.type(form.getByRole('textbox', { name: 'Fun fact' }), 'Bakes for the whole team');
    // Typing alone adds nobody: a half-typed person never appears.
    expect(await call('staff.list', {})).toHaveLength(0);

    await user.click(form.getByRole('button', { name: 'Add to team' }));

    const maria = await screen.findByRole('article', { name: 'Maria del Carmen Ruiz' });
    expect(within(maria).getByText('MR')).toBeVisible();
    expect(within(maria).getByText('Nurse injector')).toBeVisible();
    expect(within(maria).getByText('17 April')).toBeVisible();
    expect(within(maria).getByText(/^since Sept? 2021$/)).toBeVisible();
    expect(within(maria).getByText('Bakes for the whole team', { exact: false })).toBeVisible();
    expect(within(maria).getByText('0 upcoming posts')).toBeVisible();
    expect(screen.queryByText(/Add the people who make/)).not.toBeInTheDocument();

    const [saved] = await call('staff.list', {});
    expect(saved).toMatchObject({
      name: 'Maria del Carmen Ruiz',
      role: 'Nurse injector',
      color: '#16736a',
      birthday: '04-17',
      startedOn: '2021-09-02',
      funFact: 'Bakes for the whole team',
      active: true,
    });
    // The form is empty again and ready for the next person.
    expect(form.getByRole('textbox', { name: /Name/ })).toHaveValue('');
    expect(form.getByRole('textbox', { name: /Name/ })).toHaveFocus();

    // Enter in a text field adds too.
    await user.type(form.getByRole('textbox', { name: /Name/ }), 'Ben Okafor{Enter}');
    expect(await screen.findByRole('article', { name: 'Ben Okafor' })).toBeVisible();
    expect((await call('staff.list', {})).map((s) => s.name)).toEqual([
      'Ben Okafor',
      'Maria del Carmen Ruiz',
    ]);
  });

  it('shows the error for an empty name next to the field and adds nobody', async () => {
    const user = await renderPage();
    const form = within(addForm());
    await user.type(form.getByRole('textbox', { name: 'Role' }), 'Front desk');
    await user.type(form.getByRole('textbox', { name: /Name/ }), '   ');
    await user.click(form.getByRole('button', { name: 'Add to team' }));

    const name = form.getByRole('textbox', { name: /Name/ });
    await waitFor(() => expect(name).toHaveAccessibleDescription(/Name cannot be empty/));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(form.getByText(/Name cannot be empty/)).toBeVisible();
    // What was typed stays, nothing was added.
    expect(form.getByRole('textbox', { name: 'Role' })).toHaveValue('Front desk');
    expect(await call('staff.list', {})).toHaveLength(0);
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('asks for both parts of a birthday before adding', async () => {
    const user = await renderPage();
    const form = within(addForm());
    await user.type(form.getByRole('textbox', { name: /Name/ }), 'Ana Ruiz');
    await user.selectOptions(form.getByRole('combobox', { name: 'Month' }), 'February');
    await user.click(form.getByRole('button', { name: 'Add to team' }));
    expect(await form.findByText(/Choose both a month and a day/)).toBeVisible();
    expect(await call('staff.list', {})).toHaveLength(0);
    // February offers its 29th (birthdays have no year) but not the 30th.
    expect(form.getByRole('option', { name: '29' })).toBeInTheDocument();
    expect(form.queryByRole('option', { name: '30' })).not.toBeInTheDocument();
  });

  it('autosaves an edited role, with no Save button', async () => {
    const ana = await call('staff.create', { name: 'Ana Ruiz', role: 'Nurse' });
    const user = await renderPage();

    await user.click(within(card('Ana Ruiz')).getByRole('button', { name: 'Edit Ana Ruiz' }));
    const editor = within(screen.getByRole('form', { name: 'Edit Ana Ruiz' }));
    const role = editor.getByRole('textbox', { name: 'Role' });
    await user.clear(role);
    await user.type(role, 'Lead nurse injector');

    await waitFor(
      async () => expect((await call('staff.list', {}))[0]!.role).toBe('Lead nurse injector'),
      {
        timeout: 3000,
      },
    );
    await waitFor(() => expect(editor.getByRole('status')).toHaveTextContent('All changes saved'));
    expect(editor.queryByRole('button', { name: /save/i })).not.toBeInTheDocument();

    await user.click(within(card('Ana Ruiz')).getByRole('button', { name: 'Done Ana Ruiz' }));
    expect(screen.queryByRole('form', { name: 'Edit Ana Ruiz' })).not.toBeInTheDocument();
    expect(within(card('Ana Ruiz')).getByText('Lead nurse injector')).toBeVisible();
    expect((await call('staff.list', {}))[0]).toMatchObject({ id: ana.id, name: 'Ana Ruiz' });
  });

  it('saves what is pending when the editor is closed at once (by keyboard)', async () => {
    await call('staff.create', { name: 'Ana Ruiz' });
    const user = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Edit Ana Ruiz' }));
    const editor = within(screen.getByRole('form', { name: 'Edit Ana Ruiz' }));
    await user.type(editor.getByRole('textbox', { name: 'Fun fact' }), 'Runs marathons');
    // Escape closes the editor and puts focus back on its button.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Edit Ana Ruiz' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit Ana Ruiz' })).toHaveFocus();
    await waitFor(async () =>
      expect((await call('staff.list', {}))[0]!.funFact).toBe('Runs marathons'),
    );
    expect(await within(card('Ana Ruiz')).findByText(/Runs marathons/)).toBeVisible();
  });

  it('archives after a confirmation, and restores from the Archived section', async () => {
    await call('staff.create', { name: 'Ana Ruiz' });
    await call('staff.create', { name: 'Ben Okafor' });
    const user = await renderPage();

    await user.click(screen.getByRole('button', { name: 'Archive Ana Ruiz' }));
    const confirm = within(screen.getByRole('group', { name: 'Archive Ana Ruiz?' }));
    expect(confirm.getByText(/stay on their past posts/)).toBeVisible();
    expect(confirm.getByText(/restore them any time/)).toBeVisible();
    // Changing one's mind changes nothing.
    await user.click(confirm.getByRole('button', { name: 'Keep Ana Ruiz' }));
    expect(screen.queryByRole('group', { name: 'Archive Ana Ruiz?' })).not.toBeInTheDocument();
    expect((await call('staff.list', {})).every((s) => s.active)).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Archive Ana Ruiz' }));
    await user.click(screen.getByRole('button', { name: 'Yes, archive Ana Ruiz' }));

    await waitFor(() =>
      expect(screen.queryByRole('article', { name: 'Ana Ruiz' })).not.toBeInTheDocument(),
    );
    expect(card('Ben Okafor')).toBeVisible();
    expect((await call('staff.list', {})).find((s) => s.name === 'Ana Ruiz')).toMatchObject({
      active: false,
    });

    // Archived is collapsed at first.
    const toggle = screen.getByRole('button', { name: /Archived \(1\)/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Restore Ana Ruiz' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(card('Ana Ruiz')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Restore Ana Ruiz' }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Archived \(/ })).not.toBeInTheDocument(),
    );
    expect(within(card('Ana Ruiz')).getByRole('button', { name: 'Edit Ana Ruiz' })).toBeVisible();
    expect((await call('staff.list', {})).every((s) => s.active)).toBe(true);
  });

  it('shows how many upcoming posts each person owns, and flags posts with no owner', async () => {
    const ana = await call('staff.create', { name: 'Ana Ruiz' });
    await call('staff.create', { name: 'Ben Okafor' });
    const post = (ownerId: string | null, days: number, status: 'idea' | 'published' = 'idea') =>
      call('posts.create', { title: 'A post', ownerId, scheduledAt: inDays(days), status });
    await post(ana.id, 1);
    await post(ana.id, 3);
    await post(ana.id, 5);
    await post(ana.id, -2); // past: not upcoming
    await post(ana.id, 2, 'published'); // done: not upcoming
    await post(null, 4);
    await post(null, 6);
    await call('posts.create', { title: 'Undated idea' }); // backlog: not upcoming

    await renderPage();
    expect(within(card('Ana Ruiz')).getByText('3 upcoming posts')).toBeVisible();
    expect(within(card('Ben Okafor')).getByText('0 upcoming posts')).toBeVisible();
    expect(screen.getByText(/No owner: 2 upcoming posts/)).toBeVisible();
  });

  it('has no unowned flag when every upcoming post has an owner', async () => {
    const ana = await call('staff.create', { name: 'Ana Ruiz' });
    await call('posts.create', { title: 'Mine', ownerId: ana.id, scheduledAt: inDays(1) });
    await renderPage();
    expect(within(card('Ana Ruiz')).getByText('1 upcoming post')).toBeVisible();
    expect(screen.queryByText(/No owner/)).not.toBeInTheDocument();
  });

  it('remembers who is using Rapport on this computer', async () => {
    const ana = await call('staff.create', { name: 'Ana Ruiz' });
    await call('staff.create', { name: 'Ben Okafor' });
    const user = await renderPage();
    const me = screen.getByRole('combobox', { name: 'Who is using Rapport on this computer?' });
    expect(me).toHaveValue('');
    await user.selectOptions(me, 'I am Ana Ruiz');
    await waitFor(async () => expect((await call('prefs.get', {})).meStaffId).toBe(ana.id));
    expect(me).toHaveValue(ana.id);
    await user.selectOptions(me, 'No one chosen yet');
    await waitFor(async () => expect((await call('prefs.get', {})).meStaffId).toBeNull());
  });
});
