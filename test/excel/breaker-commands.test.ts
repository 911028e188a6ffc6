// Breaker tests: a ribbon button completes its event and shows a message whatever the adapter
// does (an unexpected exception, a rejected promise, a notice that cannot be shown), and Explain
// or Reset cancelled at any progress step leaves the sheet as it was.

import { performCommand, type CommandMessage } from '../../src/commands/run-command';
import type { ReportAdapter } from '../../src/excel/types';
import { t } from '../../src/i18n';
import { snapshot } from '../excel-host';
import { EN, SAMPLES, adapterFor, loadSample, type LoadedSample } from './report-fixtures';

function broken(failure: () => never | Promise<never>): ReportAdapter {
  const fail = (): never => failure() as never;
  return {
    inspect: async () => fail(),
    chooseReportType: async () => fail(),
    preview: () => fail(),
    apply: async () => fail(),
    explain: async () => fail(),
    reset: async () => fail(),
  };
}

const FAILURES: { name: string; failure: () => never }[] = [
  {
    name: 'a TypeError',
    failure: () => {
      throw new TypeError('x is undefined');
    },
  },
  {
    name: 'a thrown string',
    failure: () => {
      throw 'boom';
    },
  },
];

describe.each(FAILURES)('an adapter that throws $name', ({ failure }) => {
  it.each(['targetNow', 'explainTargets', 'resetReport'] as const)(
    '%s shows a failure message and completes the event',
    async (name) => {
      const messages: CommandMessage[] = [];
      const event = { completed: jest.fn() };
      await performCommand(
        name,
        { adapter: broken(failure), lang: 'pt-BR', notify: async (m) => void messages.push(m) },
        event,
      );
      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(messages).toEqual([
        {
          ok: false,
          title: t('pt-BR', 'command.failed'),
          text: t('pt-BR', 'pane.unexpected'),
          details: [],
        },
      ]);
    },
  );
});

it('a message that cannot be shown still completes the event', async () => {
  const loaded = loadSample(SAMPLES.security);
  const event = { completed: jest.fn() };
  await performCommand(
    'targetNow',
    {
      adapter: loaded.adapter,
      lang: 'en',
      notify: () => Promise.reject(new Error('dialog blocked')),
    },
    event,
  );
  expect(event.completed).toHaveBeenCalledTimes(1);
});

async function applied(): Promise<LoadedSample> {
  const loaded = loadSample(SAMPLES.security);
  expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
  expect((await loaded.adapter.explain(EN)).ok).toBe(true);
  return loaded;
}

describe.each(['explain', 'reset'] as const)('cancelling %s', (operation) => {
  it('at any progress step leaves the sheet as it was', async () => {
    const counting = await applied();
    let steps = 0;
    await adapterFor(counting.host)[operation]({ ...EN, onProgress: () => (steps += 1) });
    expect(steps).toBeGreaterThan(0);
    for (let step = 1; step <= steps; step++) {
      const loaded = await applied();
      const before = snapshot(loaded.host);
      const controller = new AbortController();
      let seen = 0;
      const result = await adapterFor(loaded.host)[operation]({
        ...EN,
        signal: controller.signal,
        onProgress: () => {
          seen += 1;
          if (seen === step) controller.abort();
        },
      });
      if (result.ok) continue;
      expect({ step, code: result.code }).toEqual({ step, code: 'cancelled' });
      expect({ step, sheet: snapshot(loaded.host) }).toEqual({ step, sheet: before });
    }
  });
});
