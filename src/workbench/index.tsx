// The workbench page (development only): a sample report in the in-memory Excel host, drawn as
// a grid, beside the real task pane started over that host with Office mocked. Nothing here is
// part of the add-in; webpack builds this page only with `--env workbench`.

import { createRoot } from 'react-dom/client';
import { createWorkbook, type ExcelHost } from '../../test/excel-host';
import { createChangeSignal } from './change-signal';
import { installOfficeMock } from './office-mock';
import { workbenchOptions } from './options';
import { sampleWorkbook } from './sample-workbook';
import { Workbench } from './workbench';

/** The files of samples/, listed by webpack when it builds the workbench. */
declare const WORKBENCH_SAMPLES: string[];

interface Loaded {
  host: ExcelHost;
  problem?: string;
}

async function loadSample(name: string): Promise<Loaded> {
  const empty = (problem: string): Loaded => ({
    host: createWorkbook({ name, sheets: [{ name: 'Sheet1' }] }),
    problem,
  });
  const response = await fetch(`samples/${encodeURIComponent(name)}`);
  if (!response.ok) return empty(`Could not load the sample "${name}": HTTP ${response.status}.`);
  const read = sampleWorkbook(name, new Uint8Array(await response.arrayBuffer()));
  if (!read.ok) return empty(`Could not read the sample "${name}": ${read.error.code}.`);
  return { host: read.value.host };
}

async function start(): Promise<void> {
  const options = workbenchOptions(window.location.search, WORKBENCH_SAMPLES);
  document.documentElement.dataset.theme = options.theme;
  const { host, problem } = await loadSample(options.sample);

  const changes = createChangeSignal();
  installOfficeMock(host, options.lang, options.theme, changes.notify);
  const sheet = document.getElementById('sheet');
  if (!sheet) throw new Error('workbench.html has no #sheet element.');
  createRoot(sheet).render(
    <Workbench
      host={host}
      options={options}
      samples={WORKBENCH_SAMPLES}
      changes={changes}
      problem={problem}
      navigate={(query) => window.location.assign(query)}
    />,
  );

  // The task pane's own entry, exactly as Office would start it: it finds the globals in place.
  await import('../taskpane/index');
}

void start();
