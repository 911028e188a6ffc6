/** @jest-environment jsdom */
// The Report panel: what was detected and why, the M365/Surface question, and the sheets that
// cannot be targeted.

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { formatEvidence, formatProblem } from '../../src/i18n';
import { sampleCsv } from './fake-adapter';
import {
  AZURE,
  AZURE_FY24,
  D365,
  findMessageBar,
  M365,
  messageBars,
  renderPane,
  renderReadyPane,
} from './render-pane';

function reportPanel(name = 'Report') {
  return within(screen.getByRole('region', { name }));
}

/** The facts list as term → value. */
function facts(name?: string): Record<string, string> {
  const panel = reportPanel(name);
  const terms = panel.getAllByRole('term').map((term) => term.textContent ?? '');
  const values = panel.getAllByRole('definition').map((value) => value.textContent ?? '');
  return Object.fromEntries(terms.map((term, i) => [term, values[i]]));
}

describe('the Report panel', () => {
  it('shows the sheet, report type, layout, number of accounts and confidence', async () => {
    await renderReadyPane({ sample: AZURE_FY24, sheetName: 'Azure FY24' });

    expect(facts()).toEqual({
      Sheet: 'Azure FY24',
      'Report type': 'Azure',
      Layout: 'FY24',
      Accounts: '120',
      Confidence: 'High (100%)',
    });
  });

  it('shows the same facts in Portuguese', async () => {
    await renderReadyPane({ sample: D365, sheetName: 'Planilha1', lang: 'pt-BR' });

    expect(facts('Relatório')).toEqual({
      Planilha: 'Planilha1',
      'Tipo de relatório': 'Dynamics 365',
      Layout: 'mais novo que os layouts documentados',
      Contas: '150',
      Confiança: 'Alta (83%)',
    });
  });

  it('lists the evidence behind the detection when its section is opened', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    const expected = adapter.detect().profile.evidence.map((item) => formatEvidence(item, 'en'));

    fireEvent.click(screen.getByRole('button', { name: 'How the report was recognised' }));

    const items = reportPanel()
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(expected.length).toBeGreaterThan(2);
    expect(items).toEqual(expected);
  });

  it('lists the warnings found while reading, with their line numbers', async () => {
    const lines = sampleCsv(AZURE).split('\n');
    lines[3] = lines[3].split(',').slice(0, 10).join(',');
    const { adapter } = await renderReadyPane({ csv: lines.join('\n'), sheetName: 'Azure' });
    const ragged = adapter.detect().read.warnings.find((item) => item.code === 'ragged-row');
    if (ragged === undefined) throw new Error('the shortened row should be reported');

    const warnings = await findMessageBar('Worth checking');
    expect(warnings).toContain(formatProblem(ragged, 'en'));
    expect(formatProblem(ragged, 'en')).toMatch(/^Line 4: /);
  });
});

describe('the M365 or Surface question', () => {
  it('is asked when neither the sheet nor the header tells the two reports apart', async () => {
    await renderReadyPane({ sample: M365, sheetName: 'Sheet1' });

    const choice = screen.getByRole('group', { name: 'Which report is this?' });
    const answers = within(choice)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(answers).toEqual(['Microsoft 365', 'Surface']);
    expect(facts()['Report type']).toBe('Microsoft 365');
  });

  it('saves the answer and reads the sheet again as the chosen report', async () => {
    const { adapter } = await renderReadyPane({ sample: M365, sheetName: 'Sheet1' });

    fireEvent.click(screen.getByRole('button', { name: 'Surface' }));

    await findMessageBar('Saved: this sheet is read as the Surface report.');
    expect(adapter.chosenType).toBe('surface');
    await waitFor(() => expect(facts()['Report type']).toBe('Surface'));
    expect(facts().Layout).toBe('FY24');
    expect(screen.queryByRole('group', { name: 'Which report is this?' })).toBeNull();
    expect(adapter.calls).toEqual(['inspect', 'choose', 'inspect']);
  });

  it('is not asked when the sheet name says which report it is', async () => {
    await renderReadyPane({ sample: M365, sheetName: 'CloudAscent - M365 propensity' });

    expect(screen.queryByRole('group', { name: 'Which report is this?' })).toBeNull();
    expect(facts().Confidence).toBe('High (100%)');
  });

  it('shows the adapter’s message when the answer cannot be saved', async () => {
    await renderReadyPane({
      sample: M365,
      sheetName: 'Sheet1',
      failures: { choose: { ok: false, code: 'read-only', message: 'The workbook is read-only.' } },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Microsoft 365' }));

    expect(await findMessageBar('The workbook is read-only.')).toBe(
      'That did not workThe workbook is read-only.',
    );
    expect(screen.getByRole('group', { name: 'Which report is this?' })).toBeTruthy();
  });
});

describe('sheets that cannot be targeted', () => {
  it.each([
    ['a protected sheet', { protected: true }, 'The sheet is protected.'],
    ['an empty sheet', { csv: '' }, 'The active sheet is empty.'],
    [
      'a sheet that is not a report',
      { csv: 'Name,Email,Phone\nAda,ada@example.com,123\n' },
      'The active sheet is not a CloudAscent propensity report.',
    ],
  ])('%s shows the adapter’s message and no targeting', async (_case, sheet, message) => {
    renderPane({ sample: AZURE, ...sheet });

    expect(await findMessageBar('This sheet cannot be targeted')).toContain(message);
    expect(screen.queryByRole('region', { name: 'Targeting' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Result' })).toBeNull();
  });

  it('are read again with Refresh, and the pane recovers once the sheet is usable', async () => {
    const { adapter } = renderPane({ sample: AZURE, protected: true });
    await findMessageBar('This sheet cannot be targeted');

    adapter.sheet.protected = false;
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));

    expect(await screen.findByRole('region', { name: 'Result' })).toBeTruthy();
    expect(messageBars().join()).not.toContain('This sheet cannot be targeted');
  });

  it('in Portuguese, come with the adapter’s Portuguese message', async () => {
    renderPane({ sample: AZURE, protected: true, lang: 'pt-BR' });

    expect(await findMessageBar('Esta planilha não pode ser segmentada')).toContain(
      'A planilha está protegida.',
    );
  });
});
