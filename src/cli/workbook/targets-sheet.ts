// Sheet "Targets": the targeted rows in priority order, every original cell as it was, then
// Priority (1..n), Segment (Fit/Intent code) and Why. The first 100 account names also carry
// the explanation as a note, so it shows on hover while the list is scrolled sideways.

import type { Worksheet } from 'exceljs';
import { writeText } from './cell-text';
import {
  HELPER_HEADERS,
  NOTED_TARGETS,
  type GridShape,
  type WorkbookInput,
} from './workbook-input';

const WHY_WIDTH = 100;

export function fillTargetsSheet(sheet: Worksheet, input: WorkbookInput, shape: GridShape): void {
  const helperAt = shape.width + 1;
  sheet.getColumn(helperAt + 2).width = WHY_WIDTH;

  const headerRow = sheet.getRow(1);
  input.header.forEach((name, i) => writeText(headerRow.getCell(i + 1), name, false, true));
  HELPER_HEADERS.forEach((name, i) =>
    writeText(headerRow.getCell(helperAt + i), name, false, true),
  );
  headerRow.commit();

  input.targets.forEach((target, i) => {
    const cells = input.rows[target.row] ?? [];
    const row = sheet.getRow(i + 2);
    cells.forEach((text, c) => writeText(row.getCell(c + 1), text, shape.textColumns[c] ?? false));

    const why = input.explanations[i] ?? '';
    row.getCell(helperAt).value = target.priority;
    writeText(row.getCell(helperAt + 1), target.segmentCode, false);
    writeText(row.getCell(helperAt + 2), why, false);
    if (i < NOTED_TARGETS && why !== '') row.getCell(shape.noteColumn + 1).note = why;
    row.commit();
  });

  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: helperAt + HELPER_HEADERS.length - 1 },
  };
}
