// Renders the pane over a fake adapter and waits until it has read the sheet.

import { configure, render, screen, waitFor } from '@testing-library/react';
import type { Lang } from '../../src/core/types';
import { App } from '../../src/taskpane/app';
import { createLogger } from '../../src/taskpane/logger';
import type { Logger, LogSink } from '../../src/taskpane/logger';
import type { ThemeKind } from '../../src/taskpane/office-start';
import { FakeReportAdapter, sampleCsv } from './fake-adapter';
import type { FakeOptions } from './fake-adapter';

// A test machine shared with other work can take more than the default second to render.
configure({ asyncUtilTimeout: 5000 });

/** The newest Azure layout: few solution plays, so a light page for most tests. */
export const AZURE = 'CloudAscent - Azure propensity.csv';
export const AZURE_FY24 = 'CloudAscent - Azure propensity (FY24).csv';
export const AZURE_2020 = 'CloudAscent - Azure propensity (2020).csv';
export const M365 = 'CloudAscent - M365 propensity (FY24).csv';
export const D365 = 'CloudAscent - D365 propensity.csv';

export interface PaneSetup extends FakeOptions {
  sample?: string;
  sheetName?: string;
  csv?: string;
  protected?: boolean;
  lang?: Lang;
  theme?: ThemeKind;
  progressDelayMs?: number;
  logger?: Logger;
}

/** A logger that records instead of printing. */
export function recordingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const record = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  const sink: LogSink = { error: record, warn: record, info: record, debug: record };
  return { logger: createLogger({ sink }), lines };
}

export function renderPane(setup: PaneSetup = {}) {
  const sample = setup.sample ?? AZURE;
  const adapter = new FakeReportAdapter(
    {
      name: setup.sheetName ?? sample.replace(/\.csv$/, ''),
      csv: setup.csv ?? sampleCsv(sample),
      protected: setup.protected,
    },
    setup,
  );
  const logger = setup.logger ?? recordingLogger().logger;
  const view = render(
    <App
      adapter={adapter}
      lang={setup.lang ?? 'en'}
      theme={setup.theme ?? 'light'}
      logger={logger}
      progressDelayMs={setup.progressDelayMs}
    />,
  );
  return { ...view, adapter, logger };
}

/** Renders the pane and waits until the Result panel shows the report's target count. */
export async function renderReadyPane(setup: PaneSetup = {}) {
  const rendered = renderPane(setup);
  await screen.findByText(setup.lang === 'pt-BR' ? /na lista de alvos$/ : /targeted$/);
  return rendered;
}

/** The text of every Fluent message bar on screen. */
export function messageBars(): string[] {
  return [...document.querySelectorAll('.fui-MessageBar')].map((bar) => bar.textContent ?? '');
}

/** Waits for a message bar whose text contains `text`, and returns its whole text. */
export async function findMessageBar(text: string): Promise<string> {
  let found = '';
  await waitFor(() => {
    const bar = messageBars().find((candidate) => candidate.includes(text));
    if (bar === undefined)
      throw new Error(`No message bar says "${text}"; seen: ${messageBars().join(' | ')}`);
    found = bar;
  });
  return found;
}

/** Waits until no step is running: Refresh, disabled while the pane works, is enabled again. */
export async function settled(): Promise<void> {
  await waitFor(() => {
    const refresh = screen.getByRole('button', { name: /^(Refresh|Atualizar)$/ });
    expect((refresh as HTMLButtonElement).disabled).toBe(false);
  });
}
