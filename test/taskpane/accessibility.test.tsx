/** @jest-environment jsdom */
// axe-core on the pane in each of its states, both themes and both languages: no serious or
// critical violation.
//
// The color-contrast rule is off: jsdom does no layout and computes no styles from Griffel's
// generated class rules, so axe cannot tell which colours end up on screen. The end-to-end test
// in a real browser runs axe with that rule on.

import { fireEvent, screen } from '@testing-library/react';
import axe from 'axe-core';
import type { Lang } from '../../src/core/types';
import type { ThemeKind } from '../../src/taskpane/office-start';
import { AZURE, findMessageBar, M365, renderPane, renderReadyPane } from './render-pane';

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
}

describe('accessibility', () => {
  it.each([
    ['en', 'light'],
    ['pt-BR', 'dark'],
  ] as [Lang, ThemeKind][])('a read report in %s, %s theme', async (lang, theme) => {
    await renderReadyPane({ sample: M365, sheetName: 'Sheet1', lang, theme });

    expect(await seriousViolations()).toEqual([]);
  });

  it('with the evidence, the support section and a filter list open', async () => {
    await renderReadyPane({ sample: AZURE });
    fireEvent.click(screen.getByRole('button', { name: 'How the report was recognised' }));
    fireEvent.click(screen.getByRole('button', { name: 'Support' }));
    fireEvent.click(screen.getByRole('combobox', { name: 'City' }));

    expect(await seriousViolations()).toEqual([]);
  });

  it('while a step runs, with the progress bar and Cancel', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE, progressDelayMs: 0 });
    adapter.hold();
    fireEvent.click(screen.getByRole('button', { name: 'Apply to sheet' }));
    await screen.findByRole('progressbar');

    expect(await seriousViolations()).toEqual([]);
  });

  it('after a step, with its message', async () => {
    await renderReadyPane({ sample: AZURE, notesUnsupported: true });
    fireEvent.click(screen.getByRole('button', { name: 'Apply to sheet' }));
    await findMessageBar('Applied:');

    expect(await seriousViolations()).toEqual([]);
  });

  it('on a sheet that cannot be targeted', async () => {
    renderPane({ sample: AZURE, protected: true });
    await findMessageBar('This sheet cannot be targeted');

    expect(await seriousViolations()).toEqual([]);
  });

  it('with no cluster chosen, the error shown', async () => {
    await renderReadyPane({ sample: AZURE });
    fireEvent.click(screen.getByLabelText('Act Now'));
    fireEvent.click(screen.getByLabelText('Evaluate'));

    expect(await seriousViolations()).toEqual([]);
  });
});
