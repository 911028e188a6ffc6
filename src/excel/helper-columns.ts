// The helper columns appended to the right of the report: Priority, Segment, Why and the hidden
// original-row number that lets Reset put the rows back. Their names follow the user's language
// and never repeat a report header (the Azure report has its own "Segment" column).

import type { Lang, TargetPlan } from '../core/types';
import { renderReasons, t } from '../i18n';
import { neutralize } from './cell-text';
import { turnTaker } from './pane-turns';

export const HELPER_COUNT = 4;
/** Offsets of the helper columns after the report's last column. */
export const PRIORITY = 0;
export const SEGMENT = 1;
export const WHY = 2;
export const ROW = 3;

/** Number formats per helper column: whole numbers for Priority and the row, text as typed. */
export const HELPER_FORMATS = ['0', 'General', 'General', '0'];

export function helperNames(lang: Lang, header: readonly string[]): string[] {
  const taken = new Set(header.map((name) => name.trim().toLowerCase()));
  const bases = [
    t(lang, 'excel.column.priority'),
    t(lang, 'excel.column.segment'),
    t(lang, 'excel.column.why'),
    t(lang, 'excel.column.row'),
  ];
  return bases.map((base) => {
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** Targets whose Why lines are rendered between two turns of the pane. */
const RENDER_SLICE = 2_000;

/** Each target's Why line by original row, rendered in slices so the pane stays responsive. */
export async function whyByRow(plan: TargetPlan, lang: Lang): Promise<Map<number, string>> {
  const turn = turnTaker();
  const whys = new Map<number, string>();
  const { targets } = plan;
  for (let start = 0; start < targets.length; start += RENDER_SLICE) {
    for (const target of targets.slice(start, start + RENDER_SLICE)) {
      whys.set(target.row, renderReasons(target.reasons, lang));
    }
    await turn();
  }
  return whys;
}

/** The helper cells of every data row, in original row order. */
export async function helperRows(
  plan: TargetPlan,
  rowCount: number,
  lang: Lang,
): Promise<(string | number)[][]> {
  const rows: (string | number)[][] = Array.from({ length: rowCount }, (_, r) => [
    '',
    '',
    '',
    r + 1,
  ]);
  const whys = await whyByRow(plan, lang);
  for (const target of plan.targets) {
    rows[target.row] = [
      target.priority,
      neutralize(target.segmentCode ?? ''),
      neutralize(whys.get(target.row) ?? ''),
      target.row + 1,
    ];
  }
  return rows;
}
