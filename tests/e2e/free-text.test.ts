// Text runs the way it is written: an Arabic caption reads right to left in the editor, and
// every field people type text into decides its direction from what is typed (dir="auto").
import { expect, it } from 'vitest';
import { EVERY_SIZE, lookAtEverySize, useBrowser } from './support/session';

const newSession = useBrowser();

const CAPTION = 'تعرّفوا على فريقنا! ممرضتنا آنا تنضم إلينا هذا الأسبوع.';

it('shows an Arabic caption right to left, and an English one left to right', async () => {
  const session = await newSession();
  const { page, host } = session;
  await host.invoke('posts.create', {
    title: 'ترحيب بآنا',
    caption: CAPTION,
    notes: 'Ask Ana which photo she likes.',
    platforms: ['instagram_feed', 'x'],
  });
  await page.reload();
  await page.locator('.backlog-item', { hasText: 'ترحيب بآنا' }).click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  const caption = editor.getByRole('textbox', { name: 'Caption' });
  await caption.waitFor();
  const direction = (name: string | RegExp) =>
    editor
      .getByRole('textbox', { name })
      .evaluate((el) => (el.matches(':dir(rtl)') ? 'rtl' : 'ltr'));
  expect(await direction('Caption')).toBe('rtl');
  expect(await direction(/^Title/)).toBe('rtl');
  expect(await direction('Notes')).toBe('ltr');
  // Every field on the screen that takes typed text decides its own direction.
  const fields = page.locator(
    'textarea, input:not([type]), input[type="text"], input[type="search"]',
  );
  expect(await fields.count()).toBeGreaterThan(4);
  expect(
    await fields.evaluateAll((all) => all.filter((f) => f.getAttribute('dir') !== 'auto').length),
  ).toBe(0);
  await lookAtEverySize(
    page,
    'editor-rtl-caption',
    () => caption.evaluate((el) => el.scrollIntoView({ block: 'center' })),
    EVERY_SIZE,
  );
  expect(session.problems).toEqual([]);
}, 180_000);
