/** @jest-environment jsdom */
// Keyboard operation. jsdom does not move focus on Tab or turn Enter on a button into a click
// (browsers do both), so these tests check what the pane controls: every control is a native
// control or a focusable widget, in reading order, none taken out of the Tab order; and the
// widgets the pane's own code drives (filter comboboxes) work from keys alone.

import { act, fireEvent, screen, within } from '@testing-library/react';
import { AZURE, M365, renderReadyPane } from './render-pane';

const FOCUSABLE =
  'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"]), [contenteditable]';

/** The elements Tab visits, in order: focusable, enabled, not hidden, no positive tabindex. */
function tabSequence(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) =>
      element.tabIndex >= 0 &&
      !(element as HTMLButtonElement).disabled &&
      element.closest('[aria-hidden="true"], [hidden], [inert]') === null,
  );
}

/** A readable name for an element in the Tab order: its role and its label. */
function nameOf(element: HTMLElement): string {
  const labelled = element.getAttribute('aria-labelledby');
  const byId = labelled
    ?.split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
  const label =
    element.getAttribute('aria-label') ??
    byId ??
    (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : undefined) ??
    element.textContent ??
    '';
  const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
  return `${role}:${label.trim()}`;
}

describe('the Tab order', () => {
  it('visits the main controls in reading order, with no positive tabindex', async () => {
    const { container } = await renderReadyPane({ sample: M365, sheetName: 'CloudAscent - M365' });

    expect(
      container.querySelectorAll('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])'),
    ).toHaveLength(0);
    const order = tabSequence(container).map(nameOf);
    expect(order.filter((entry) => entry.endsWith(':'))).toEqual([]);
    const positions = [
      'button:Refresh',
      'button:How the report was recognised',
      'input:Act Now',
      'input:M365Cluster',
      'input:Search solution plays',
      'switch:Transacted in the last 36 months only',
      'combobox:Sub-segment',
      'combobox:City',
      'button:Apply to sheet',
      'button:Explain',
      'button:Reset',
      'select:Product',
      'button:Support',
    ].map((name) => order.findIndex((entry) => entry.startsWith(name) || entry === name));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('keeps Explain and Reset in the Tab order while off, so they can be found', async () => {
    await renderReadyPane({ sample: AZURE });

    for (const name of ['Explain', 'Reset']) {
      const control = screen.getByRole('button', { name });
      expect(control.getAttribute('aria-disabled')).toBe('true');
      expect(control.tabIndex).toBe(0);
    }
  });

  it('uses native buttons, checkboxes and switches, which Enter and Space operate', async () => {
    await renderReadyPane({ sample: AZURE });

    for (const name of ['Refresh', 'Apply to sheet', 'Explain', 'Reset']) {
      expect(screen.getByRole('button', { name }).tagName).toBe('BUTTON');
    }
    expect((screen.getByLabelText('Nurture') as HTMLInputElement).type).toBe('checkbox');
    const recent = screen.getByRole('switch', { name: 'Transacted in the last 36 months only' });
    expect((recent as HTMLInputElement).type).toBe('checkbox');
  });
});

describe('a filter from the keyboard', () => {
  it('opens with Alt+Down, narrows as the user types and takes a value with Enter', async () => {
    await renderReadyPane({ sample: AZURE });
    const country = screen.getByRole('combobox', { name: 'Country' }) as HTMLInputElement;
    act(() => country.focus());

    fireEvent.keyDown(country, { key: 'ArrowDown', altKey: true });
    expect(country.getAttribute('aria-expanded')).toBe('true');
    fireEvent.input(country, { target: { value: 'bra' } });
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Any',
      expect.stringMatching(/^Brazil \(\d+\)$/),
    ]);
    fireEvent.keyDown(country, { key: 'ArrowDown' });
    fireEvent.keyDown(country, { key: 'Enter' });

    expect(country.value).toBe('Brazil');
    expect(country.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes with Escape and keeps the value chosen before', async () => {
    await renderReadyPane({ sample: AZURE });
    const country = screen.getByRole('combobox', { name: 'Country' }) as HTMLInputElement;
    act(() => country.focus());
    fireEvent.keyDown(country, { key: 'ArrowDown', altKey: true });
    fireEvent.input(country, { target: { value: 'xyz' } });
    expect(screen.getByRole('option', { name: 'No value matches.' })).toBeTruthy();

    fireEvent.keyDown(country, { key: 'Escape' });

    expect(country.getAttribute('aria-expanded')).toBe('false');
    expect(country.value).toBe('Any');
  });
});
