import { describe, expect, it, vi } from 'vitest';
import {
  agendaPdfOptions,
  agendaSaveDialog,
  registerSaveAgendaPdf,
  saveAgendaPdf,
  SAVE_AGENDA_PDF_IPC_CHANNEL,
  type AgendaInvokeEventLike,
  type AgendaPdfDeps,
} from '../../electron/shell/agenda-pdf';

const PDF = new Uint8Array([37, 80, 68, 70]);

function fakes(choice: { canceled: boolean; filePath?: string }) {
  const deps = {
    showSaveDialog: vi.fn(async () => choice),
    writeFile: vi.fn(async () => undefined),
    documentsDir: () => '/home/ana/Documents',
    locale: () => 'en-GB',
  } satisfies AgendaPdfDeps;
  const source = { printToPDF: vi.fn(async () => PDF) };
  return { deps, source };
}

describe('save agenda as PDF (desktop)', () => {
  it('asks where first, then prints the window and writes the file', async () => {
    const { deps, source } = fakes({ canceled: false, filePath: '/tmp/agenda' });
    const result = await saveAgendaPdf(source, '2026-W48', deps);
    expect(result).toEqual({ ok: true, path: '/tmp/agenda.pdf' });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      agendaSaveDialog('2026-W48', '/home/ana/Documents'),
    );
    expect(agendaSaveDialog('2026-W48', '/docs').defaultPath).toBe(
      '/docs/Rapport meeting agenda 2026-W48.pdf',
    );
    expect(source.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', printBackground: false }),
    );
    expect(deps.writeFile).toHaveBeenCalledWith('/tmp/agenda.pdf', PDF);
  });

  it('prints nothing when the dialog is cancelled', async () => {
    const { deps, source } = fakes({ canceled: true });
    expect(await saveAgendaPdf(source, '2026-W48', deps)).toEqual({
      ok: false,
      canceled: true,
      message: '',
    });
    expect(source.printToPDF).not.toHaveBeenCalled();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('refuses a bad week and reports a failed write', async () => {
    const { deps, source } = fakes({ canceled: false, filePath: '/tmp/a.pdf' });
    expect(await saveAgendaPdf(source, '../../etc', deps)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/ISO week/),
    });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    deps.writeFile.mockRejectedValueOnce(new Error('disk full'));
    expect(await saveAgendaPdf(source, '2026-W48', deps)).toMatchObject({
      ok: false,
      canceled: false,
      message: expect.stringMatching(/disk full/),
    });
  });

  it('uses Letter paper in the US and Canada, A4 elsewhere', () => {
    expect(agendaPdfOptions('en-US').pageSize).toBe('Letter');
    expect(agendaPdfOptions('fr-CA').pageSize).toBe('Letter');
    expect(agendaPdfOptions('de-DE').pageSize).toBe('A4');
    expect(agendaPdfOptions('en').pageSize).toBe('A4');
  });

  it('serves trusted senders only, printing the sender’s own page', async () => {
    const { deps, source } = fakes({ canceled: false, filePath: '/tmp/a.pdf' });
    let listener: ((event: AgendaInvokeEventLike, ...args: unknown[]) => unknown) | undefined;
    const channel = registerSaveAgendaPdf(
      { handle: (_c, l) => void (listener = l) },
      deps,
      (event) => event.senderFrame?.url === 'app://rapport/index.html',
    );
    expect(channel).toBe(SAVE_AGENDA_PDF_IPC_CHANNEL);
    const stranger = await listener!(
      { senderFrame: { url: 'https://evil.example' }, sender: source },
      '2026-W48',
    );
    expect(stranger).toMatchObject({ ok: false });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    const own = await listener!(
      { senderFrame: { url: 'app://rapport/index.html' }, sender: source },
      '2026-W48',
    );
    expect(own).toEqual({ ok: true, path: '/tmp/a.pdf' });
  });
});
