/** @jest-environment jsdom */
// The pane as a whole: it follows the theme and language it is given, has one heading
// structure, and its Support section switches the diagnostic logging.

import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { createLogger, LOG_LEVEL_KEY } from '../../src/taskpane/logger';
import { StartMessage } from '../../src/taskpane/start-message';
import { AZURE, renderReadyPane } from './render-pane';

/** The background colour the pane's theme provider sets, read from its CSS variable. */
function providerBackground(): string {
  const provider = document.querySelector('.fui-FluentProvider');
  if (provider === null) throw new Error('the pane has no theme provider');
  return getComputedStyle(provider).getPropertyValue('--colorNeutralBackground1').trim();
}

describe('the pane', () => {
  it.each([
    ['light', webLightTheme.colorNeutralBackground1],
    ['dark', webDarkTheme.colorNeutralBackground1],
  ] as const)('paints the %s theme', async (theme, background) => {
    await renderReadyPane({ sample: AZURE, theme });

    expect(providerBackground()).toBe(background);
  });

  it('speaks the language it is given and marks it for screen readers', async () => {
    await renderReadyPane({ sample: AZURE, lang: 'pt-BR' });

    expect(screen.getByRole('main').getAttribute('lang')).toBe('pt-BR');
    const headings = screen.getAllByRole('heading').map((heading) => heading.textContent);
    expect(headings.slice(0, 4)).toEqual([
      'Navegador de Propensão',
      'Relatório',
      'Como o relatório foi reconhecido',
      'Segmentação',
    ]);
  });

  it('has one title and a heading for each panel and part of the result', async () => {
    await renderReadyPane({ sample: AZURE });

    const outline = screen
      .getAllByRole('heading')
      .map((heading) => `${heading.tagName} ${heading.textContent}`);
    expect(outline).toEqual([
      'H1 Propensity Navigator',
      'H2 Report',
      'H3 How the report was recognised',
      'H2 Targeting',
      'H2 Result',
      'H3 Accounts per cluster',
      'H3 Fit × Intent',
      'H3 Top accounts',
      'H2 Support',
    ]);
  });
});

describe('the Support section', () => {
  beforeEach(() => localStorage.clear());

  it('starts with logging off and keeps the level chosen for next time', async () => {
    const logger = createLogger({ storage: () => localStorage });
    await renderReadyPane({ sample: AZURE, logger });
    fireEvent.click(screen.getByRole('button', { name: 'Support' }));
    const level = screen.getByRole('combobox', { name: 'Diagnostic logging' }) as HTMLSelectElement;
    expect(level.value).toBe('off');

    fireEvent.change(level, { target: { value: 'debug' } });

    expect(logger.level).toBe('debug');
    expect(localStorage.getItem(LOG_LEVEL_KEY)).toBe('debug');
    expect(screen.queryByText(/the browser blocks storage/)).toBeNull();
  });

  it('says the level lasts only until the pane closes when storage is blocked', async () => {
    const logger = createLogger({
      storage: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    await renderReadyPane({ sample: AZURE, logger });
    fireEvent.click(screen.getByRole('button', { name: 'Support' }));

    fireEvent.change(screen.getByRole('combobox', { name: 'Diagnostic logging' }), {
      target: { value: 'info' },
    });

    expect(logger.level).toBe('info');
    expect(screen.getByText(/This setting lasts until the pane closes/)).toBeTruthy();
  });
});

describe('before the pane can start', () => {
  it.each([
    ['starting', 'en', 'Starting…'],
    ['outside-excel', 'en', 'Open it in Excel: Home > Propensity > Navigator.'],
    ['office-unavailable', 'en', 'Check that appsforoffice.microsoft.com can be reached'],
    ['outside-excel', 'pt-BR', 'Abra-a no Excel: Página Inicial > Propensão > Navegador.'],
    ['office-unavailable', 'pt-BR', 'Verifique se appsforoffice.microsoft.com está acessível'],
  ] as const)('%s in %s says what to do', (state, lang, text) => {
    render(<StartMessage state={state} lang={lang} />);

    expect(screen.getByRole('status').textContent).toContain(text);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      lang === 'en' ? 'Propensity Navigator' : 'Navegador de Propensão',
    );
  });
});
