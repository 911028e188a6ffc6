// A resolved range: a sheet and a block of cells. Range proxies resolve to one of these.

import { formatAddress, isUnbounded, type Rect } from './address';
import { hostError } from './errors';
import type { SheetModel } from './model';

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
  /** RangeRefs are values; this lets the proxy base class detect a deleted sheet. */
  readonly deleted: boolean;
}

export function rangeRef(sheet: SheetModel, rect: Rect): RangeRef {
  return {
    sheet,
    rect,
    get deleted() {
      return sheet.deleted;
    },
  };
}

export function refAddress(ref: RangeRef): string {
  return formatAddress(ref.sheet.name, ref.rect);
}

/** Worksheet protection blocks every change to cells, formats and structure. */
export function assertEditable(sheet: SheetModel): void {
  if (sheet.protected) {
    throw hostError('AccessDenied', `The worksheet "${sheet.name}" is protected.`);
  }
}

export function assertBounded(ref: RangeRef, what: string): void {
  if (isUnbounded(ref.rect)) {
    throw hostError('InvalidArgument', `Cannot set ${what} on an unbounded range.`);
  }
}
