/** @jest-environment jsdom */
// The Targeting panel: every control changes the live target count exactly as core's
// `planTargets` would with the same criteria.

import { fireEvent, screen, within } from '@testing-library/react';
import type { TargetCriteria } from '../../src/core/types';
import type { FakeReportAdapter } from './fake-adapter';
import { AZURE, AZURE_2020, M365, renderReadyPane, settled } from './render-pane';

const M365_SHEET = 'CloudAscent - M365 propensity';

function targeting() {
  return within(screen.getByRole('region', { name: 'Targeting' }));
}

/** The number in the Result panel's "N accounts targeted". */
function targetedCount(): number {
  const result = within(screen.getByRole('region', { name: 'Result' }));
  const text = result.getByText(/accounts? targeted$/).textContent ?? '';
  return Number(text.replace(/\D/g, ''));
}

function expectedCount(adapter: FakeReportAdapter, criteria: TargetCriteria): number {
  return adapter.plan(criteria).targets.length;
}

function checkbox(name: string | RegExp) {
  // By label: a role query computes the name of every checkbox, slow in jsdom with many plays.
  return targeting().getByLabelText(name) as HTMLInputElement;
}

/** `text` as a regular expression that matches it literally. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function applyButton() {
  return screen.getByRole('button', { name: 'Apply to sheet' });
}

describe('cluster choice', () => {
  it('starts with Act Now and Evaluate', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });

    const clusters = within(targeting().getByRole('group', { name: 'Clusters' }));
    const ticked = (name: string) =>
      (clusters.getByRole('checkbox', { name }) as HTMLInputElement).checked;
    expect(clusters.getAllByRole('checkbox')).toHaveLength(4);
    expect([ticked('Act Now'), ticked('Evaluate'), ticked('Nurture'), ticked('Educate')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(targetedCount()).toBe(expectedCount(adapter, {}));
  });

  it.each([
    ['unticking Evaluate', ['Evaluate'], ['Act Now']],
    ['ticking Nurture', ['Nurture'], ['Act Now', 'Evaluate', 'Nurture']],
  ] as const)('counts the targets live after %s', async (_case, clicks, clusters) => {
    const { adapter } = await renderReadyPane({ sample: AZURE });

    for (const name of clicks) fireEvent.click(checkbox(name));

    expect(targetedCount()).toBe(expectedCount(adapter, { clusters: [...clusters] }));
    expect(targetedCount()).not.toBe(expectedCount(adapter, {}));
  });

  it('says to choose a cluster and turns Apply off when none is ticked', async () => {
    await renderReadyPane({ sample: AZURE });

    fireEvent.click(checkbox('Act Now'));
    fireEvent.click(checkbox('Evaluate'));

    expect(targeting().getByRole('alert').textContent).toBe('Choose at least one cluster.');
    expect(applyButton().getAttribute('aria-disabled')).toBe('true');
  });
});

describe('cluster columns of a multi-product report', () => {
  it('start with the report’s own product', async () => {
    await renderReadyPane({ sample: M365, sheetName: M365_SHEET });

    const products = within(targeting().getByRole('group', { name: 'Cluster columns (products)' }));
    expect(
      (products.getByRole('checkbox', { name: 'M365Cluster' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(
      (products.getByRole('checkbox', { name: 'SurfaceCluster' }) as HTMLInputElement).checked,
    ).toBe(false);
  });

  it('can add another product’s cluster column', async () => {
    const { adapter } = await renderReadyPane({ sample: M365, sheetName: M365_SHEET });

    fireEvent.click(checkbox('SurfaceCluster'));

    const both = { clusterColumns: ['M365Cluster', 'SurfaceCluster'] };
    expect(targetedCount()).toBe(expectedCount(adapter, both));
    expect(targetedCount()).toBeGreaterThan(expectedCount(adapter, {}));
  });

  it('are not offered for a single-product report', async () => {
    await renderReadyPane({ sample: AZURE });

    expect(targeting().queryByRole('group', { name: 'Cluster columns (products)' })).toBeNull();
  });
});

describe('solution plays (cohorts)', () => {
  it('are listed with how many accounts are Yes in each', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    const { read, profile } = adapter.detect();
    const cohorts = profile.columns.filter((column) => column.role === 'cohort');

    const plays = within(targeting().getByRole('group', { name: 'Solution plays' }));
    expect(plays.getAllByRole('checkbox')).toHaveLength(cohorts.length);
    const first = cohorts[0];
    const yes = read.rows.filter((row) => row[first.index].toLowerCase() === 'yes').length;
    expect(plays.getByRole('checkbox', { name: `${first.header} ${yes} Yes` })).toBeTruthy();
  });

  it('are found by searching, ignoring case', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    const headers = adapter
      .detect()
      .profile.columns.filter((column) => column.role === 'cohort')
      .map((column) => column.header);
    const wanted = headers.filter((header) => header.toLowerCase().includes('sql'));
    expect(wanted.length).toBeGreaterThan(0);

    fireEvent.change(targeting().getByRole('searchbox', { name: 'Search solution plays' }), {
      target: { value: 'SQL' },
    });

    const plays = within(targeting().getByRole('group', { name: 'Solution plays' }));
    expect(plays.getAllByRole('checkbox')).toHaveLength(wanted.length);
    for (const header of wanted) {
      expect(
        plays.getByRole('checkbox', { name: new RegExp(`^${escaped(header)} \\d+ Yes$`) }),
      ).toBeTruthy();
    }
  });

  it('narrow the target list to accounts that are Yes in every chosen play', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    const cohorts = adapter.detect().profile.columns.filter((column) => column.role === 'cohort');
    const [first, second] = cohorts.map((column) => column.header);

    fireEvent.click(checkbox(new RegExp(`^${escaped(first)} `)));
    expect(targetedCount()).toBe(expectedCount(adapter, { cohorts: [first] }));
    fireEvent.click(checkbox(new RegExp(`^${escaped(second)} `)));
    expect(targetedCount()).toBe(expectedCount(adapter, { cohorts: [first, second] }));
    expect(targeting().getByRole('group', { name: 'Solution plays (2 chosen)' })).toBeTruthy();

    fireEvent.click(targeting().getByRole('button', { name: 'Clear chosen plays' }));
    expect(targetedCount()).toBe(expectedCount(adapter, {}));
  });
});

describe('recent buyers only', () => {
  it('keeps only accounts that transacted in the last 36 months', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });

    fireEvent.click(
      targeting().getByRole('switch', { name: 'Transacted in the last 36 months only' }),
    );

    expect(targetedCount()).toBe(expectedCount(adapter, { recentOnly: true }));
    expect(targetedCount()).toBeLessThan(expectedCount(adapter, {}));
  });

  it('is off, with the reason, when the report has no 36-month column', async () => {
    await renderReadyPane({ sample: AZURE_2020 });

    const recent = targeting().getByRole('switch', {
      name: 'Transacted in the last 36 months only',
    }) as HTMLInputElement;
    expect(recent.disabled).toBe(true);
    expect(recent.checked).toBe(false);
    const note = document.getElementById(recent.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toMatch(/^This report has no “transacted in the last 36 months”/);
  });
});

describe('firmographic filters', () => {
  function optionTexts(): string[] {
    return screen.getAllByRole('option').map((option) => option.textContent ?? '');
  }

  it('offer every firmographic column the report has, in the user’s language', async () => {
    await renderReadyPane({ sample: AZURE, lang: 'pt-BR' });

    const filters = within(screen.getByRole('group', { name: 'Filtros firmográficos' }));
    expect(filters.getAllByRole('combobox')).toHaveLength(7);
    for (const label of ['Subsegmento', 'Setor', 'Vertical', 'País', 'Estado', 'Cidade']) {
      expect(filters.getByRole('combobox', { name: label })).toBeTruthy();
    }
    expect(filters.getByRole('combobox', { name: 'Porte da organização' })).toBeTruthy();
  });

  it('list each value with its number of accounts, most frequent first', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    const { read, profile } = adapter.detect();
    const country = profile.columns.find((column) => column.kind === 'country');
    if (country === undefined) throw new Error('the Azure sample has a country column');
    const brazil = read.rows.filter((row) => row[country.index] === 'Brazil').length;

    fireEvent.click(screen.getByRole('combobox', { name: 'Country' }));

    expect(optionTexts()[0]).toBe('Any');
    expect(optionTexts()[1]).toBe(`Brazil (${brazil})`);
  });

  it('find values as the user types, ignoring accents, and narrow the target list', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    const city = screen.getByRole('combobox', { name: 'City' }) as HTMLInputElement;

    fireEvent.click(city);
    fireEvent.input(city, { target: { value: 'sao' } });
    expect(
      optionTexts()
        .slice(1)
        .every((text) => text.startsWith('São ')),
    ).toBe(true);
    fireEvent.click(screen.getByRole('option', { name: /^São Paulo \(\d+\)$/ }));

    expect(city.value).toBe('São Paulo');
    expect(targetedCount()).toBe(
      expectedCount(adapter, { where: [{ column: 'City', value: 'São Paulo' }] }),
    );
    expect(targetedCount()).toBeLessThan(expectedCount(adapter, {}));
  });

  it('combine with each other: an account must match every filter', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });

    fireEvent.click(screen.getByRole('combobox', { name: 'Country' }));
    fireEvent.click(screen.getByRole('option', { name: /^Brazil / }));
    fireEvent.click(screen.getByRole('combobox', { name: 'State' }));
    fireEvent.click(screen.getByRole('option', { name: /^SP / }));

    const where = [
      { column: 'Country', value: 'Brazil' },
      { column: 'State', value: 'SP' },
    ];
    expect(targetedCount()).toBe(expectedCount(adapter, { where }));
  });

  it('are removed again by choosing Any', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    const country = screen.getByRole('combobox', { name: 'Country' }) as HTMLInputElement;
    fireEvent.click(country);
    fireEvent.click(screen.getByRole('option', { name: /^Brazil / }));

    fireEvent.click(country);
    fireEvent.click(screen.getByRole('option', { name: 'Any' }));

    expect(country.value).toBe('Any');
    expect(targetedCount()).toBe(expectedCount(adapter, {}));
  });
});

describe('the choice across reads', () => {
  it('is kept when the same report is read again', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    fireEvent.click(checkbox('Nurture'));

    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await settled();

    expect(adapter.calls).toEqual(['inspect', 'inspect']);
    expect(checkbox('Nurture').checked).toBe(true);
    expect(targetedCount()).toBe(
      expectedCount(adapter, { clusters: ['Act Now', 'Evaluate', 'Nurture'] }),
    );
  });

  it('starts from the defaults when the sheet holds another report', async () => {
    const { adapter } = await renderReadyPane({ sample: M365, sheetName: 'Sheet1' });
    fireEvent.click(checkbox('SurfaceCluster'));

    fireEvent.click(screen.getByRole('button', { name: 'Surface' }));
    await settled();
    expect(adapter.calls).toEqual(['inspect', 'choose', 'inspect']);

    expect(checkbox('SurfaceCluster').checked).toBe(true);
    expect(checkbox('M365Cluster').checked).toBe(false);
  });
});
