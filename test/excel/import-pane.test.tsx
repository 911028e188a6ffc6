/** @jest-environment jsdom */
// The pane's report-file section over the real adapter and the in-memory host: Open report
// file… imports the picked CSV and the pane reads the new sheet; a sheet with the CSV in column
// A offers Split into columns; a sheet whose identifiers Excel changed says so and offers to
// open the file again.

import { fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';
import { decodeText } from '../../src/core/decode-text';
import type { Lang } from '../../src/core/types';
import { App } from '../../src/taskpane/app';
import type { PickedFile } from '../../src/taskpane/use-report-file';
import { installOfficeGlobals, type ExcelHost } from '../excel-host';
import { findMessageBar, recordingLogger, settled } from '../taskpane/render-pane';
import { sampleBytes, sheetNames, workbook } from './import-helpers';
import { loadSample } from './report-fixtures';

// jsdom leaves out the text codecs that reading a file uses; Node's have the same API.
if (typeof globalThis.TextDecoder === 'undefined') {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
}

const FILE = 'CloudAscent - Azure propensity.csv';

function renderApp(host: ExcelHost, adapter: Parameters<typeof App>[0]['adapter'], lang: Lang) {
  const restore = installOfficeGlobals(host);
  render(<App adapter={adapter} lang={lang} theme="light" logger={recordingLogger().logger} />);
  return restore;
}

/** Picks `file` in the section's file input, as the system's file picker would. */
function pick(file: PickedFile): void {
  const input = document.querySelector('input[type="file"]');
  if (input === null) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [file] } });
}

const picked = (name: string): PickedFile => ({
  name,
  arrayBuffer: () => Promise.resolve(sampleBytes(name)),
});

it('opens a picked CSV into a new sheet and shows the report read from it', async () => {
  const { host, adapter } = workbook();
  const restore = renderApp(host, adapter, 'en');
  try {
    await screen.findByText('Report file');
    pick(picked(FILE));

    const message = await findMessageBar('rows were opened into the new sheet');
    expect(message).toContain(
      '300 rows were opened into the new sheet “CloudAscent - Azure propensity”',
    );
    await screen.findByText(/targeted$/);
    expect(sheetNames(host)).toEqual(['Sheet1', 'CloudAscent - Azure propensity']);
  } finally {
    restore();
  }
});

it('offers Split into columns for a CSV in column A, and reads the split report', async () => {
  const lines = decodeText(new Uint8Array(sampleBytes(FILE)))
    .split(/\r\n|\n/)
    .filter(Boolean);
  const { host, adapter } = workbook([
    { name: 'CloudAscent - Azure propensity', rows: lines.map((line) => [line]) },
  ]);
  const restore = renderApp(host, adapter, 'pt-BR');
  try {
    await findMessageBar('O relatório está na coluna A');
    fireEvent.click(screen.getByRole('button', { name: 'Dividir em colunas' }));

    await findMessageBar('300 linhas foram abertas na nova planilha');
    await screen.findByText(/na lista de alvos$/);
    expect(sheetNames(host)).toEqual([
      'CloudAscent - Azure propensity',
      'CloudAscent - Azure propens (2)',
    ]);
  } finally {
    restore();
  }
});

it('warns about identifiers Excel changed and opens the file again from the warning', async () => {
  const loaded = loadSample(FILE, { mode: 'general' });
  const restore = renderApp(loaded.host, loaded.adapter, 'en');
  try {
    const warning = await findMessageBar('Excel changed identifiers');
    expect(warning).toContain('“CustomerTPID”, “DUNSNumber”, “PostalCode”');
    await settled();
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    const clicked = jest.fn();
    input?.addEventListener('click', clicked);
    const results = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false } },
    });
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => v.id)).toEqual([]);
    const buttons = screen.getAllByRole('button', { name: 'Open report file…' });
    expect(buttons).toHaveLength(2);
    fireEvent.click(buttons[0]);
    expect(clicked).toHaveBeenCalledTimes(1);

    pick(picked(FILE));
    await findMessageBar('rows were opened into the new sheet');
    await screen.findByText(/targeted$/);
    expect(screen.queryByText('Excel changed identifiers')).toBeNull();
  } finally {
    restore();
  }
});
