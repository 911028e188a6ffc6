// Pairs each product's Fit, Intent and Cluster columns. The three may be spelled differently
// in one file (FY24 M365 writes `SurfaceFit` beside `Surface Intent`), so they are paired by
// the folded product name and share one display name.

import { productReportType, type ScorePart } from './product-names';
import type { ProductColumns } from './types';

export interface ScoreColumn {
  index: number;
  part: ScorePart;
  product: string;
  productKey: string;
}

export interface ProductGroup {
  /** The product's name as the file spells it: the cluster column's spelling when there is one. */
  name: string;
  key: string;
  columns: ProductColumns;
  /** Every column of the product, duplicates included. */
  indexes: number[];
}

const SPELLING_PREFERENCE: readonly ScorePart[] = ['cluster', 'fit', 'intent'];

/**
 * Products in file order. A lone score column of an unknown product (`Lead Fit` in a CRM
 * export) is left out: one column of an unfamiliar name is too little to call it a product.
 */
export function groupProducts(scoreColumns: readonly ScoreColumn[]): ProductGroup[] {
  const byKey = new Map<string, ScoreColumn[]>();
  for (const column of scoreColumns) {
    const group = byKey.get(column.productKey);
    if (group) group.push(column);
    else byKey.set(column.productKey, [column]);
  }

  const groups: ProductGroup[] = [];
  for (const [key, members] of byKey) {
    const parts = new Set(members.map((member) => member.part));
    if (parts.size < 2 && productReportType(key) === undefined) continue;
    groups.push(toGroup(key, members));
  }
  return groups;
}

function toGroup(key: string, members: readonly ScoreColumn[]): ProductGroup {
  const firstOf = (part: ScorePart) => members.find((member) => member.part === part);
  const spelledBy = SPELLING_PREFERENCE.map(firstOf).find((member) => member !== undefined);
  const name = spelledBy?.product ?? key;

  const columns: ProductColumns = { product: name };
  for (const part of SPELLING_PREFERENCE) {
    const member = firstOf(part);
    if (member) columns[part] = member.index;
  }
  return { name, key, columns, indexes: members.map((member) => member.index) };
}
