// Excel's worksheet-name rules: 1 to 31 characters, none of : \ / ? * [ ], not starting or
// ending with an apostrophe, not "History", and unique in the workbook ignoring case.

import { hostError } from './errors';
import type { SheetModel, WorkbookModel } from './model';

const FORBIDDEN = /[:\\/?*[\]]/;

export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return 'A worksheet name cannot be empty.';
  if (name.length > 31) return 'A worksheet name has at most 31 characters.';
  if (FORBIDDEN.test(name)) return 'A worksheet name cannot contain : \\ / ? * [ or ].';
  if (name.startsWith("'") || name.endsWith("'")) {
    return 'A worksheet name cannot begin or end with an apostrophe.';
  }
  if (name.toLowerCase() === 'history') return '"History" is reserved by Excel.';
  return null;
}

export function checkSheetName(book: WorkbookModel, name: unknown, self?: SheetModel): string {
  if (typeof name !== 'string') throw hostError('InvalidArgument', 'Sheet names are strings.');
  const problem = sheetNameProblem(name);
  if (problem !== null) throw hostError('InvalidArgument', problem);
  const lower = name.toLowerCase();
  if (book.sheets.some((s) => s !== self && s.name.toLowerCase() === lower)) {
    throw hostError('ItemAlreadyExists', `A worksheet named "${name}" already exists.`);
  }
  return name;
}

export function defaultSheetName(book: WorkbookModel): string {
  for (let n = book.sheets.length + 1; ; n += 1) {
    const name = `Sheet${n}`;
    if (!book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return name;
  }
}
