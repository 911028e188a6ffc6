// Hand-built report profiles for unit tests, so targeting and summary tests do not depend on
// report detection: each test states exactly which column plays which role.

import { foldKey } from '../../src/core/fold';
import type {
  ColumnInfo,
  ColumnKind,
  ColumnRole,
  ProductColumns,
  ReportProfile,
  ReportType,
} from '../../src/core/types';

export interface ColumnSpec {
  header: string;
  role: ColumnRole;
  kind?: ColumnKind;
  product?: string;
}

const column =
  (role: ColumnRole, kind?: ColumnKind) =>
  (header: string): ColumnSpec => ({ header, role, kind });
const scored =
  (role: 'fit' | 'intent' | 'cluster') =>
  (header: string, product: string): ColumnSpec => ({ header, role, product });

export const id = column('identifier', 'customerId');
export const accountName = column('firmographic', 'accountName');
export const other = column('other');
export const firmographic = column('firmographic');
export const cohort = column('cohort');
export const ownership = column('ownership');
export const competitive = column('competitive');
export const recent = column('activity', 'recentActivity');
export const revenue = column('revenue', 'revenuePotential');
export const expiringRevenue = column('revenue', 'expiringRevenue');
export const agreementEnd = column('renewal', 'agreementEndDate');
export const cluster = scored('cluster');
export const fit = scored('fit');
export const intent = scored('intent');

/** Fit, Intent and Cluster columns of one product, named `<product>Fit` and so on. */
export function triplet(product: string): ColumnSpec[] {
  return [
    fit(`${product}Fit`, product),
    intent(`${product}Intent`, product),
    cluster(`${product}Cluster`, product),
  ];
}

/** A profile whose columns are `specs` in order, with products and key columns filled in. */
export function makeProfile(
  reportType: ReportType,
  specs: readonly ColumnSpec[],
  overrides: Partial<ReportProfile> = {},
): ReportProfile {
  const columns: ColumnInfo[] = specs.map((spec, index) => {
    const info: ColumnInfo = {
      index,
      header: spec.header,
      key: foldKey(spec.header),
      role: spec.role,
    };
    if (spec.kind !== undefined) info.kind = spec.kind;
    if (spec.product !== undefined) info.product = spec.product;
    return info;
  });

  const products: ProductColumns[] = [];
  for (const info of columns) {
    if (info.product === undefined) continue;
    let product = products.find((p) => p.product === info.product);
    if (product === undefined) {
      product = { product: info.product };
      products.push(product);
    }
    if (info.role === 'fit') product.fit = info.index;
    if (info.role === 'intent') product.intent = info.index;
    if (info.role === 'cluster') product.cluster = info.index;
  }

  const indexOf = (test: (info: ColumnInfo) => boolean): number | undefined =>
    columns.find(test)?.index;

  return {
    reportType,
    layout: 'test',
    confidence: 1,
    evidence: [],
    columns,
    products,
    identifierColumn: indexOf((info) => info.kind === 'customerId'),
    accountNameColumn: indexOf((info) => info.kind === 'accountName'),
    revenueColumn:
      indexOf((info) => info.kind === 'revenuePotential') ??
      indexOf((info) => info.kind === 'expiringRevenue'),
    recentColumn: indexOf((info) => info.kind === 'recentActivity'),
    candidates: [reportType],
    warnings: [],
    ...overrides,
  };
}

/** One data row written as header → cell text; a header left out is a blank cell. */
export type RowRecord = Readonly<Record<string, string | undefined>>;

/** Data rows from records keyed by header; a header a record leaves out is a blank cell. */
export function rowsOf(profile: ReportProfile, records: readonly RowRecord[]): string[][] {
  return records.map((record) => {
    for (const header of Object.keys(record)) {
      if (!profile.columns.some((info) => info.header === header)) {
        throw new Error(`test record names a column the profile lacks: ${header}`);
      }
    }
    return profile.columns.map((info) => record[info.header] ?? '');
  });
}
