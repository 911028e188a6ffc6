// The workbench's left side: the toolbar and the active worksheet of the in-memory host, drawn
// again after every Excel.run the pane makes.

import { useMemo, useSyncExternalStore } from 'react';
import type { ExcelHost } from '../../test/excel-host';
import type { ChangeSignal } from './change-signal';
import { GridView } from './grid-view';
import type { WorkbenchOptions } from './options';
import { sheetView } from './sheet-view';
import { Toolbar } from './toolbar';

/** Visible rows drawn; the rest are counted. */
export const GRID_ROW_LIMIT = 200;

export interface WorkbenchProps {
  host: ExcelHost;
  options: WorkbenchOptions;
  samples: readonly string[];
  changes: ChangeSignal;
  /** A problem loading the sample, shown instead of the grid. */
  problem?: string;
  navigate(query: string): void;
}

export function Workbench({ host, options, samples, changes, problem, navigate }: WorkbenchProps) {
  const version = useSyncExternalStore(changes.subscribe, changes.version);
  const view = useMemo(
    () => sheetView(host, host.model.activeSheet.name, GRID_ROW_LIMIT),
    // The host changes in place; the version says when.
    [host, version],
  );

  return (
    <>
      <Toolbar options={options} samples={samples} navigate={navigate} />
      {problem !== undefined ? (
        <p className="grid-problem" role="alert">
          {problem}
        </p>
      ) : (
        <GridView view={view} />
      )}
    </>
  );
}
