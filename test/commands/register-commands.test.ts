// The function file's wiring: each manifest function name gets a handler; the handler's outcome
// appears in the message dialog, and the event completes once the dialog is closed (or could
// not open, or was left open too long).

import { registerCommands, type OfficeForCommands } from '../../src/commands/register-commands';
import { messageUrl, showMessage, type DialogHost } from '../../src/commands/show-message';
import { t } from '../../src/i18n';
import { createWorkbook, type ExcelHost } from '../excel-host';
import { SAMPLES, loadSample } from '../excel/report-fixtures';

const PAGE = 'https://localhost:3000/message.html';
const EVENTS = { message: 'dialogMessageReceived', event: 'dialogEventReceived' };

class FakeDialog {
  readonly handlers = new Map<string, () => void>();
  readonly close = jest.fn();
  constructor(readonly url: string) {}
  addEventHandler(type: string, handler: () => void): void {
    this.handlers.set(type, handler);
  }
  fire(type: string): void {
    this.handlers.get(type)?.();
  }
}

interface FakeOffice {
  office: OfficeForCommands;
  handlers: Map<string, (event: { completed(): void }) => void>;
  dialog(): Promise<FakeDialog>;
}

function fakeOffice(host: ExcelHost, displayLanguage: string, opens = true): FakeOffice {
  const handlers = new Map<string, (event: { completed(): void }) => void>();
  let opened: (dialog: FakeDialog) => void = () => undefined;
  let next = new Promise<FakeDialog>((resolve) => (opened = resolve));
  const ui = {
    displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
      const dialog = new FakeDialog(url);
      opened(dialog);
      callback(
        opens
          ? { status: 'succeeded', value: dialog }
          : { status: 'failed', error: { code: 12007 } },
      );
    },
  };
  const office = {
    actions: {
      associate: (name: string, action: (event: { completed(): void }) => void) =>
        handlers.set(name, action),
    },
    context: { displayLanguage, requirements: host.requirements, ui },
    EventType: { DialogMessageReceived: EVENTS.message, DialogEventReceived: EVENTS.event },
  } as unknown as OfficeForCommands;
  return {
    office,
    handlers,
    dialog: async () => {
      const dialog = await next;
      next = new Promise<FakeDialog>((resolve) => (opened = resolve));
      return dialog;
    },
  };
}

function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

describe('registerCommands', () => {
  it('binds the three function names of the manifest', () => {
    const host = createWorkbook();
    const fake = fakeOffice(host, 'en-US');
    registerCommands(fake.office, host.run.bind(host), PAGE);
    expect([...fake.handlers.keys()]).toEqual(['targetNow', 'explainTargets', 'resetReport']);
  });

  it('shows Target now’s outcome in a dialog and completes once the user closes it', async () => {
    const loaded = loadSample(SAMPLES.security);
    const fake = fakeOffice(loaded.host, 'pt-BR');
    registerCommands(fake.office, loaded.host.run.bind(loaded.host), PAGE);
    const completed = jest.fn();
    fake.handlers.get('targetNow')?.({ completed });

    const dialog = await fake.dialog();
    const url = new URL(dialog.url);
    expect(url.origin + url.pathname).toBe(PAGE);
    expect(url.searchParams.get('lang')).toBe('pt-BR');
    expect(url.searchParams.get('kind')).toBe('success');
    expect(url.searchParams.get('title')).toBe(t('pt-BR', 'command.title'));
    expect(url.searchParams.get('close')).toBe(t('pt-BR', 'command.close'));
    expect(url.searchParams.get('text')).toMatch(/^Segmentar agora: \d+ contas/);
    await settle();
    expect(completed).not.toHaveBeenCalled();

    dialog.fire(EVENTS.message);
    await settle();
    expect(dialog.close).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('reports a failure on a non-report sheet and completes when the dialog is dismissed', async () => {
    const host = createWorkbook({
      sheets: [
        {
          name: 'Notes',
          rows: [
            ['Name', 'Email'],
            ['Ana', 'ana@example.com'],
          ],
        },
      ],
    });
    const fake = fakeOffice(host, 'en-US');
    registerCommands(fake.office, host.run.bind(host), PAGE);
    const completed = jest.fn();
    fake.handlers.get('explainTargets')?.({ completed });
    const dialog = await fake.dialog();
    const url = new URL(dialog.url);
    expect(url.searchParams.get('kind')).toBe('error');
    expect(url.searchParams.get('title')).toBe(t('en', 'command.failed'));
    expect(url.searchParams.get('text')).toBe(t('en', 'excel.error.notAReport'));
    dialog.fire(EVENTS.event);
    await settle();
    expect(dialog.close).not.toHaveBeenCalled();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('completes at once when the dialog cannot open', async () => {
    const host = createWorkbook();
    const fake = fakeOffice(host, 'en-US', false);
    registerCommands(fake.office, host.run.bind(host), PAGE);
    const completed = jest.fn();
    fake.handlers.get('resetReport')?.({ completed });
    await fake.dialog();
    await settle();
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe('showMessage', () => {
  it('closes a dialog left open too long and resolves', async () => {
    const dialog = new FakeDialog('');
    const host = {
      ui: {
        displayDialogAsync: (_url: string, _options: unknown, callback: (r: unknown) => void) =>
          callback({ status: 'succeeded', value: dialog }),
      },
      eventTypes: EVENTS,
    } as unknown as DialogHost;
    const message = { ok: true, title: 'T', text: 'Done', details: [] };
    await showMessage(host, PAGE, message, 'en', 5);
    expect(dialog.close).toHaveBeenCalledTimes(1);
  });

  it('puts notices on their own lines and keeps the address short', () => {
    const url = new URL(
      messageUrl(
        PAGE,
        { ok: true, title: 'T', text: 'Done.', details: ['a', 'x'.repeat(5000)] },
        'en',
      ),
    );
    const text = url.searchParams.get('text') ?? '';
    expect(text.startsWith('Done.\na\nxxx')).toBe(true);
    expect(text.length).toBe(1200);
  });
});
