// Lets a formula read another cell of its sheet by A1 address.

import { parseAddress } from './address';
import type { SheetModel } from './model';
import type { CellValue } from './number-format';

export function cellAddressLookup(sheet: SheetModel): (a1: string) => CellValue {
  return (a1) => {
    const { rect } = parseAddress(a1);
    return sheet.grid.value(rect.top, rect.left);
  };
}
