/** @jest-environment jsdom */
// The Result panel: the target count, the charts of the report, the first accounts with their
// reasons, and Apply, Explain and Reset.

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { summarize } from '../../src/core/summarize';
import { clusterLabel, renderReasons } from '../../src/i18n';
import {
  AZURE,
  findMessageBar,
  M365,
  messageBars,
  recordingLogger,
  renderReadyPane,
} from './render-pane';

function result() {
  return within(screen.getByRole('region', { name: 'Result' }));
}

function button(name: string) {
  return result().getByRole('button', { name });
}

function isOff(name: string): boolean {
  return button(name).getAttribute('aria-disabled') === 'true';
}

describe('the target list preview', () => {
  it('counts the targeted accounts and splits them by cluster', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    const targets = adapter.plan({}).targets;
    const actNow = targets.filter((target) => target.bestCluster === 'Act Now').length;
    const evaluate = targets.filter((target) => target.bestCluster === 'Evaluate').length;

    expect(result().getByText(`${targets.length} accounts targeted`)).toBeTruthy();
    expect(result().getByText(`Act Now: ${actNow} · Evaluate: ${evaluate}`)).toBeTruthy();
  });

  it('lists the first 10 accounts in priority order with core’s reasons', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    const { read, profile } = adapter.detect();
    const first = adapter.plan({}).targets.slice(0, 10);
    const nameColumn = profile.accountNameColumn ?? 0;

    const list = within(result().getByRole('list'));
    const items = list.getAllByRole('listitem');
    expect(items).toHaveLength(10);
    items.forEach((item, i) => {
      const target = first[i];
      expect(item.getAttribute('value')).toBe(String(target.priority));
      expect(item.textContent).toContain(read.rows[target.row][nameColumn]);
      expect(item.textContent).toContain(renderReasons(target.reasons, 'en'));
    });
  });

  it('writes the reasons in Portuguese for a Portuguese user', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE, lang: 'pt-BR' });
    const top = adapter.plan({}).targets[0];

    const panel = within(screen.getByRole('region', { name: 'Resultado' }));
    const item = panel.getAllByRole('listitem')[0];
    expect(item.textContent).toContain(renderReasons(top.reasons, 'pt-BR'));
    expect(item.textContent).toContain(clusterLabel(top.bestCluster ?? 'Act Now', 'pt-BR'));
  });

  it('says so when no account matches, and turns Apply off', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    const { read, profile } = adapter.detect();
    const column = profile.columns.find((info) => info.kind === 'city')?.index ?? -1;
    const cities = read.rows.map((row) => row[column]);
    const quiet = cities.find(
      (city) => adapter.plan({ where: [{ column: 'City', value: city }] }).targets.length === 0,
    );
    if (quiet === undefined) throw new Error('the sample should have a city with no target');

    fireEvent.click(screen.getByRole('combobox', { name: 'City' }));
    fireEvent.click(screen.getByRole('option', { name: new RegExp(`^${quiet} \\(`) }));

    expect(result().getByText('0 accounts targeted')).toBeTruthy();
    expect(result().getByText('No account matches these criteria.')).toBeTruthy();
    expect(isOff('Apply to sheet')).toBe(true);
  });
});

describe('the cluster chart', () => {
  it('draws each chosen cluster column as one image named with its counts', async () => {
    const { adapter } = await renderReadyPane({ sample: M365, sheetName: 'CloudAscent - M365' });
    const { read, profile } = adapter.detect();
    const counts = summarize(profile, read.rows).clusterCounts.M365Cluster;

    const charts = result().getAllByRole('img');
    expect(charts).toHaveLength(1);
    expect(charts[0].getAttribute('aria-label')).toBe(
      `M365Cluster: Act Now ${counts['Act Now']}, Evaluate ${counts.Evaluate}, ` +
        `Nurture ${counts.Nurture}, Educate ${counts.Educate}`,
    );
  });

  it('adds a chart when another cluster column is chosen', async () => {
    await renderReadyPane({ sample: M365, sheetName: 'CloudAscent - M365' });

    fireEvent.click(screen.getByLabelText('SurfaceCluster'));

    const names = result()
      .getAllByRole('img')
      .map((chart) => chart.getAttribute('aria-label')?.split(':')[0]);
    expect(names).toEqual(['M365Cluster', 'SurfaceCluster']);
  });
});

describe('the Fit × Intent heatmap', () => {
  it('shows every segment code with its count, Fit in rows and Intent in columns', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    const { read, profile } = adapter.detect();
    const matrix = summarize(profile, read.rows).matrix.Azure;

    const table = within(result().getByRole('table'));
    const rowHeaders = table.getAllByRole('rowheader').map((cell) => cell.textContent);
    const columnHeaders = table.getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(rowHeaders).toEqual(['Fit High', 'Fit Medium', 'Fit Low', 'Fit Very Low']);
    expect(columnHeaders).toEqual([
      'Intent High',
      'Intent Medium',
      'Intent Low',
      'Intent Very Low',
    ]);
    const bands = ['High', 'Medium', 'Low', 'Very Low'];
    const cells = table.getAllByRole('cell').filter((cell) => cell.hasAttribute('aria-label'));
    expect(cells.map((cell) => cell.getAttribute('aria-label'))).toEqual(
      bands.flatMap((fit, f) =>
        bands.map((intent, i) => {
          const count = matrix[f][i];
          const code = `${'ABCD'[f]}${i + 1}`;
          const accounts = `${count} account${count === 1 ? '' : 's'}`;
          return `${code}: Fit ${fit}, Intent ${intent}, ${accounts}`;
        }),
      ),
    );
  });

  it('shows the product the user targets and switches to another on request', async () => {
    const { adapter } = await renderReadyPane({ sample: M365, sheetName: 'CloudAscent - M365' });
    const { read, profile } = adapter.detect();
    const surface = summarize(profile, read.rows).matrix.Surface;
    const product = result().getByRole('combobox', { name: 'Product' }) as HTMLSelectElement;
    expect(product.value).toBe('M365');

    fireEvent.change(product, { target: { value: 'Surface' } });

    expect(result().getByRole('table').querySelector('caption')?.textContent).toContain('Surface');
    expect(result().getByRole('cell', { name: /^A1: / }).textContent).toBe(`A1${surface[0][0]}`);
  });
});

describe('Apply, Explain and Reset', () => {
  it('start with only Apply on when nothing is applied', async () => {
    await renderReadyPane({ sample: AZURE });

    expect([isOff('Apply to sheet'), isOff('Explain'), isOff('Reset')]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('Apply sends the chosen criteria to the sheet, then Explain and Reset turn on', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    fireEvent.click(screen.getByLabelText('Nurture'));
    const expected = adapter.plan({ clusters: ['Act Now', 'Evaluate', 'Nurture'] });

    fireEvent.click(button('Apply to sheet'));

    await findMessageBar(
      `Applied: ${expected.targets.length} accounts filtered and ordered by priority`,
    );
    expect(adapter.appliedPlan?.criteria.clusters).toEqual(['Act Now', 'Evaluate', 'Nurture']);
    expect(adapter.appliedPlan?.targets).toEqual(expected.targets);
    expect([isOff('Explain'), isOff('Reset')]).toEqual([false, false]);
    await findMessageBar('A target list is applied to this sheet');
  });

  it('Explain writes the reasons and tells how many notes were added', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    fireEvent.click(button('Apply to sheet'));
    await waitFor(() => expect(isOff('Explain')).toBe(false));
    const targeted = adapter.plan({}).targets.length;

    fireEvent.click(button('Explain'));

    // Notes go on the first 50 targets; when that is all of them the message says so.
    const notes =
      targeted > 50
        ? 'Notes were added to the first 50 accounts.'
        : 'Each account name now has a note with its reason.';
    expect(await findMessageBar('Explained')).toBe(
      `Explained: the Why column is written for ${targeted} accounts. ${notes}`,
    );
    expect(adapter.explained).toBe(true);
  });

  it('Explain passes on the adapter’s notice when Excel cannot add notes', async () => {
    await renderReadyPane({ sample: AZURE, notesUnsupported: true });
    fireEvent.click(button('Apply to sheet'));
    await waitFor(() => expect(isOff('Explain')).toBe(false));

    fireEvent.click(button('Explain'));

    expect(await findMessageBar('Explained')).toContain('This version of Excel cannot add notes');
  });

  it('Reset puts the sheet back and turns Explain and Reset off', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    fireEvent.click(button('Apply to sheet'));
    await waitFor(() => expect(isOff('Reset')).toBe(false));

    fireEvent.click(button('Reset'));

    await findMessageBar('The sheet is back as you downloaded it.');
    expect(adapter.appliedPlan).toBeUndefined();
    expect([isOff('Explain'), isOff('Reset')]).toEqual([true, true]);
    expect(messageBars().join()).not.toContain('A target list is applied');
  });

  it('Explain and Reset are on at once when an earlier session left a target list', async () => {
    await renderReadyPane({ sample: AZURE, applied: true });

    expect([isOff('Explain'), isOff('Reset')]).toEqual([false, false]);
    await findMessageBar('A target list is applied to this sheet; Explain and Reset work on it.');
  });

  it('a failed Apply shows the adapter’s message; nothing counts as applied', async () => {
    const message = 'Excel could not sort the table. Nothing was changed.';
    const { adapter } = await renderReadyPane({
      sample: AZURE,
      failures: { apply: { ok: false, code: 'sort-failed', message } },
    });

    fireEvent.click(button('Apply to sheet'));

    expect(await findMessageBar(message)).toBe(`That did not work${message}`);
    expect(adapter.appliedPlan).toBeUndefined();
    expect([isOff('Explain'), isOff('Reset')]).toEqual([true, true]);
  });

  it('an adapter that throws gives a plain message, and the error goes to the log', async () => {
    const { logger, lines } = recordingLogger();
    logger.setLevel('error');
    const { adapter } = await renderReadyPane({ sample: AZURE, logger });
    adapter.apply = () => Promise.reject(new Error('bug in the adapter'));

    fireEvent.click(button('Apply to sheet'));

    expect(await findMessageBar('Something unexpected went wrong.')).toContain('Support');
    expect(lines).toEqual([
      '[Propensity Navigator] apply: the adapter threw Error: bug in the adapter',
    ]);
  });
});
