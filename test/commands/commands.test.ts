// The ribbon buttons on the in-memory workbook: Target now, Explain and Reset do what the pane's
// steps do, every outcome (a failure above all) reaches the user as a message, and the button's
// event is always completed.

import { parseCluster } from '../../src/core/parse-cluster';
import { performCommand, runCommand, type CommandMessage } from '../../src/commands/run-command';
import { reportTypeLabel, t } from '../../src/i18n';
import { createWorkbook, snapshot, visibleRows } from '../excel-host';
import {
  SAMPLES,
  adapterFor,
  expectedPlan,
  loadSample,
  readSample,
  sheetRows,
} from '../excel/report-fixtures';

function event() {
  return { completed: jest.fn() };
}

function collector() {
  const messages: CommandMessage[] = [];
  const notify = jest.fn(async (message: CommandMessage) => {
    messages.push(message);
  });
  return { messages, notify };
}

describe('the ribbon buttons on a report', () => {
  it('Target now, Explain and Reset each report what they did and complete the event', async () => {
    const loaded = loadSample(SAMPLES.azure);
    const { plan } = expectedPlan(loaded);
    const before = snapshot(loaded.host);
    const { messages, notify } = collector();
    const deps = { adapter: adapterFor(loaded.host), lang: 'en' as const, notify };

    const target = event();
    await performCommand('targetNow', deps, target);
    expect(target.completed).toHaveBeenCalledTimes(1);
    expect(visibleRows(loaded.host, 'Report').length - 1).toBe(plan.targets.length);

    const explain = event();
    await performCommand('explainTargets', { ...deps, adapter: adapterFor(loaded.host) }, explain);
    expect(explain.completed).toHaveBeenCalledTimes(1);

    const reset = event();
    await performCommand('resetReport', { ...deps, adapter: adapterFor(loaded.host) }, reset);
    expect(reset.completed).toHaveBeenCalledTimes(1);
    expect(snapshot(loaded.host)).toEqual(before);

    const count = plan.targets.length;
    expect(messages).toEqual([
      {
        ok: true,
        title: 'Propensity Navigator',
        text: t('en', 'command.targetedMany', { count }),
        details: [],
      },
      {
        ok: true,
        title: 'Propensity Navigator',
        text: `${t('en', 'command.explainedMany', { count })} ${t('en', 'command.notes', { count: 50 })}`,
        details: [],
      },
      {
        ok: true,
        title: 'Propensity Navigator',
        text: t('en', 'command.resetDone'),
        details: [],
      },
    ]);
  });

  it('Target now says which report type it guessed when M365 and Surface look alike', async () => {
    const loaded = loadSample('CloudAscent - M365 propensity (FY24).csv', { name: 'Book1.xlsx' });
    const message = await runCommand('targetNow', loaded.adapter, 'pt-BR');
    expect(message.ok).toBe(true);
    expect(message.details).toEqual([
      t('pt-BR', 'excel.notice.reportTypeGuessed', { type: reportTypeLabel('m365', 'pt-BR') }),
    ]);
  });

  it('Target now leaves a report with no Act Now or Evaluate account as it was', async () => {
    const table = readSample(SAMPLES.security);
    const rows = table.rows.map((row) =>
      row.map((cell) => {
        const cluster = parseCluster(cell);
        return cluster === 'Act Now' || cluster === 'Evaluate' ? 'Nurture' : cell;
      }),
    );
    const host = createWorkbook({
      name: SAMPLES.security,
      sheets: [{ name: 'Report', rows: sheetRows({ ...table, rows }), mode: 'text' }],
    });
    const before = snapshot(host);
    const message = await runCommand('targetNow', adapterFor(host), 'en');
    expect(message).toEqual({
      ok: true,
      title: 'Propensity Navigator',
      text: t('en', 'command.noTargets'),
      details: [],
    });
    expect(snapshot(host)).toEqual(before);
  });
});

describe('a ribbon button that cannot do its work', () => {
  it('on a sheet that is not a report shows why, in the user’s language, and completes', async () => {
    const host = createWorkbook({
      name: 'Contacts.xlsx',
      sheets: [
        {
          name: 'Contacts',
          rows: [
            ['Name', 'Email', 'Phone'],
            ['Ana Souza', 'ana@example.com', '555-0100'],
          ],
        },
      ],
    });
    const expected = [
      ['targetNow', 'excel.error.notAReport'],
      ['explainTargets', 'excel.error.notAReport'],
      ['resetReport', 'excel.error.notApplied'],
    ] as const;
    for (const [name, key] of expected) {
      const { messages, notify } = collector();
      const done = event();
      await performCommand(name, { adapter: adapterFor(host), lang: 'pt-BR', notify }, done);
      expect(done.completed).toHaveBeenCalledTimes(1);
      expect(messages).toEqual([
        {
          ok: false,
          title: t('pt-BR', 'command.failed'),
          text: t('pt-BR', key),
          details: [],
        },
      ]);
    }
  });

  it('before any target list asks for Target now first', async () => {
    const loaded = loadSample(SAMPLES.d365);
    const message = await runCommand('explainTargets', loaded.adapter, 'en');
    expect(message).toEqual({
      ok: false,
      title: t('en', 'command.failed'),
      text: t('en', 'excel.error.notApplied'),
      details: [],
    });
  });

  it('still completes the event when the message cannot be shown', async () => {
    const loaded = loadSample(SAMPLES.d365);
    const done = event();
    const notify = jest.fn(async () => {
      throw new Error('dialog blocked');
    });
    await performCommand('resetReport', { adapter: loaded.adapter, lang: 'en', notify }, done);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  it('turns an adapter that throws into the unexpected-error message', async () => {
    const loaded = loadSample(SAMPLES.d365);
    const broken = {
      ...loaded.adapter,
      reset: () => Promise.reject(new Error('bug')),
    };
    expect(await runCommand('resetReport', broken, 'en')).toEqual({
      ok: false,
      title: t('en', 'command.failed'),
      text: t('en', 'pane.unexpected'),
      details: [],
    });
  });
});
