/** @jest-environment jsdom */
// Progress and Cancel: a step that takes more than a moment shows what it is doing and can be
// stopped, and the pane stays usable meanwhile.

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AZURE, findMessageBar, renderPane, renderReadyPane, settled } from './render-pane';

function statusText(): string {
  return (
    screen.getAllByRole('status').find((region) => region.getAttribute('aria-live'))?.textContent ??
    ''
  );
}

/** Starts watching the page; the returned function tells whether a progress bar ever appeared. */
function watchForProgressBar(): () => boolean {
  let seen = false;
  const observer = new MutationObserver(() => {
    seen ||= document.querySelector('[role="progressbar"]') !== null;
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    return seen;
  };
}

function button(name: string) {
  return screen.getByRole('button', { name });
}

describe('progress', () => {
  it('is not shown for a step that ends within a moment', async () => {
    // A generous delay: a loaded test machine must not turn this quick step into a slow one.
    const { adapter } = await renderReadyPane({ sample: AZURE, progressDelayMs: 2000 });
    const sawProgressBar = watchForProgressBar();

    fireEvent.click(button('Apply to sheet'));
    await findMessageBar('Applied:');

    expect(adapter.appliedPlan).toBeDefined();
    expect(sawProgressBar()).toBe(false);
  });

  it('appears after a moment, named after the step, with Cancel', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE, progressDelayMs: 50 });
    const release = adapter.hold();
    const sawProgressBar = watchForProgressBar();

    fireEvent.click(button('Apply to sheet'));
    expect(sawProgressBar()).toBe(false);

    const bar = await screen.findByRole('progressbar', { name: 'Applying the target list…' });
    expect(bar.hasAttribute('aria-valuenow')).toBe(false);
    expect(button('Cancel')).toBeTruthy();
    release();
    await findMessageBar('Applied:');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows the stage and how far it got as the adapter reports progress', async () => {
    await renderReadyPane({ sample: AZURE, progressDelayMs: 0, stepMs: 150 });

    fireEvent.click(button('Apply to sheet'));

    const progress = await screen.findByText(/^Filtering: 3 of 5$/);
    expect(progress).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Applying the target list…' });
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeCloseTo(0.6);
    await findMessageBar('Applied:');
  });

  it('is announced to screen readers, and then the outcome', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE });
    const release = adapter.hold();

    fireEvent.click(button('Apply to sheet'));
    await waitFor(() => expect(statusText()).toBe('Applying the target list…'));
    release();

    await waitFor(() => expect(statusText()).toMatch(/^Applied: \d+ accounts filtered/));
  });
});

describe('Cancel', () => {
  it('stops the step and says that the sheet is unchanged', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE, progressDelayMs: 0 });
    adapter.hold();

    fireEvent.click(button('Apply to sheet'));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));

    await findMessageBar('Cancelled. The sheet is as it was before.');
    expect(adapter.appliedPlan).toBeUndefined();
    expect(screen.queryByRole('progressbar')).toBeNull();
    const result = within(screen.getByRole('region', { name: 'Result' }));
    expect(result.getByRole('button', { name: 'Reset' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
  });

  it('stops the first read of the sheet, and Refresh reads it again', async () => {
    const { adapter } = renderPane({ sample: AZURE, progressDelayMs: 0 });
    const release = adapter.hold();

    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await findMessageBar('Reading the sheet was cancelled. Select Refresh to read it again.');
    release();
    fireEvent.click(button('Refresh'));

    expect(await screen.findByText(/accounts targeted$/)).toBeTruthy();
  });

  it('works in Portuguese', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE, progressDelayMs: 0, lang: 'pt-BR' });
    adapter.hold();

    fireEvent.click(screen.getByRole('button', { name: 'Aplicar na planilha' }));
    expect(
      await screen.findByRole('progressbar', { name: 'Aplicando a lista de alvos…' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancelar' }));

    await findMessageBar('Cancelado. A planilha está como estava antes.');
  });
});

describe('while a step runs', () => {
  it('the targeting stays usable and the sheet actions wait', async () => {
    const { adapter } = await renderReadyPane({ sample: AZURE, progressDelayMs: 0 });
    const release = adapter.hold();
    fireEvent.click(button('Apply to sheet'));
    await screen.findByRole('progressbar');

    fireEvent.click(screen.getByLabelText('Nurture'));

    const expected = adapter.plan({ clusters: ['Act Now', 'Evaluate', 'Nurture'] });
    expect(screen.getByText(`${expected.targets.length} accounts targeted`)).toBeTruthy();
    for (const name of ['Apply to sheet', 'Explain', 'Reset']) {
      expect(button(name).getAttribute('aria-disabled')).toBe('true');
    }
    expect((button('Refresh') as HTMLButtonElement).disabled).toBe(true);
    release();
    await settled();
  });
});
