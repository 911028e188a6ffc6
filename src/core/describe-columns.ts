// Gives every column of a header its role, kind and product, and pairs the product columns.

import { classifyHeader, type ColumnClass } from './column-roles';
import { foldKey } from './fold';
import { groupProducts, type ProductGroup, type ScoreColumn } from './group-products';
import { refineBySamples } from './sample-roles';
import type { ColumnInfo } from './types';

export interface DescribedColumns {
  columns: ColumnInfo[];
  /** Parallel to `columns`: how each role was decided. */
  classes: ColumnClass[];
  products: ProductGroup[];
}

function scoreColumnsOf(classes: readonly ColumnClass[]): ScoreColumn[] {
  const scoreColumns: ScoreColumn[] = [];
  classes.forEach((column, index) => {
    const { part, product, productKey } = column;
    if (part && product !== undefined && productKey !== undefined) {
      scoreColumns.push({ index, part, product, productKey });
    }
  });
  return scoreColumns;
}

function toColumnInfo(header: string, index: number, column: ColumnClass, product?: string) {
  const info: ColumnInfo = { index, header, key: foldKey(header), role: column.role };
  if (column.kind) info.kind = column.kind;
  if (product !== undefined) info.product = product;
  return info;
}

export function describeColumns(
  header: readonly string[],
  sampleRows?: readonly (readonly string[])[],
): DescribedColumns {
  const named = header.map(classifyHeader);

  const products = groupProducts(scoreColumnsOf(named));
  const productOf = new Map<number, string>();
  for (const group of products) for (const index of group.indexes) productOf.set(index, group.name);

  // A score column left out of every product is just an unknown column.
  const paired = named.map((column, index): ColumnClass => {
    if (column.part === undefined || productOf.has(index)) return column;
    return { role: 'other', source: 'unknown' };
  });
  const classes = sampleRows ? refineBySamples(paired, sampleRows) : paired;

  const columns = classes.map((column, index) =>
    toColumnInfo(header[index] ?? '', index, column, productOf.get(index)),
  );
  return { columns, classes, products };
}
