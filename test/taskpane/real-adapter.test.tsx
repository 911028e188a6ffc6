/** @jest-environment jsdom */
// The pane over the real Excel adapter and the in-memory Excel host: the same clicks a partner
// makes change the sheet the way core says, and Reset gives the sheet back cell for cell.

import { fireEvent, render, screen } from '@testing-library/react';
import { TextDecoder as NodeTextDecoder } from 'util';
import { App } from '../../src/taskpane/app';
import { hashSheet, installOfficeGlobals, setSheetProtected, visibleRows } from '../excel-host';
import { expectedPlan, loadSample, SAMPLES } from '../excel/report-fixtures';
import { findMessageBar, recordingLogger, settled } from './render-pane';

// jsdom leaves out TextDecoder, which reading a sample file uses; Node's has the same API.
if (typeof globalThis.TextDecoder === 'undefined') {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
}

describe('the pane over the Excel adapter', () => {
  it('targets, explains and resets the active sheet through its own controls', async () => {
    const loaded = loadSample(SAMPLES.azure);
    const { host, adapter, sheetName, headerRow } = loaded;
    const restore = installOfficeGlobals(host);
    const original = hashSheet(host, sheetName);
    const { plan, profile } = expectedPlan(loaded, {
      clusters: ['Act Now', 'Evaluate', 'Nurture'],
      recentOnly: true,
    });
    try {
      render(<App adapter={adapter} lang="en" theme="light" logger={recordingLogger().logger} />);
      await screen.findByText(/accounts targeted$/);

      fireEvent.click(screen.getByLabelText('Nurture'));
      fireEvent.click(screen.getByLabelText('Transacted in the last 36 months only'));
      expect(screen.getByText(`${plan.targets.length} accounts targeted`)).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Apply to sheet' }));
      await findMessageBar(`Applied: ${plan.targets.length} accounts filtered`);

      const id = profile.identifierColumn ?? 0;
      const visible = visibleRows(host, sheetName).slice(headerRow + 1);
      expect(visible.map((row) => String(row[id]))).toEqual(
        plan.targets.map((target) => loaded.table.rows[target.row][id]),
      );

      fireEvent.click(screen.getByRole('button', { name: 'Explain' }));
      await findMessageBar('Explained:');
      fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
      await findMessageBar('The sheet is back as you downloaded it.');
      await settled();

      expect(hashSheet(host, sheetName)).toBe(original);
    } finally {
      restore();
    }
  });

  it('shows the adapter’s Portuguese message when Apply meets a protected sheet', async () => {
    const loaded = loadSample(SAMPLES.azure);
    const restore = installOfficeGlobals(loaded.host);
    const original = hashSheet(loaded.host, loaded.sheetName);
    try {
      render(
        <App
          adapter={loaded.adapter}
          lang="pt-BR"
          theme="dark"
          logger={recordingLogger().logger}
        />,
      );
      await screen.findByText(/na lista de alvos$/);
      setSheetProtected(loaded.host, loaded.sheetName, true);

      fireEvent.click(screen.getByRole('button', { name: 'Aplicar na planilha' }));

      const message = await findMessageBar('Não deu certo');
      expect(message).toMatch(/protegida/i);
      expect(hashSheet(loaded.host, loaded.sheetName)).toBe(original);
    } finally {
      restore();
    }
  });
});
