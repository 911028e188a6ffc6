// A selected cluster column paired with the product whose Fit and Intent explain it.

import { productDisplayName } from './display-names';
import type { ProductColumns, ReportProfile } from './types';

export interface ClusterSlot {
  column: number;
  /** The product as the profile names it (`M365_CoPilot`), for hosts. */
  product: string;
  /** The product as explanations show it (`M365 CoPilot`). */
  displayName: string;
  fit?: number;
  intent?: number;
}

/** One slot per column, in the order given; a column no product claims has no scores. */
export function clusterSlots(profile: ReportProfile, columns: readonly number[]): ClusterSlot[] {
  const byCluster = new Map<number, ProductColumns>();
  for (const product of profile.products) {
    if (product.cluster !== undefined) byCluster.set(product.cluster, product);
  }
  const byIndex = new Map(profile.columns.map((column) => [column.index, column]));

  return columns.map((column) => {
    const info = byIndex.get(column);
    const scores = byCluster.get(column);
    const product = scores?.product ?? info?.product;
    const displayName =
      info === undefined ? String(product ?? column) : productDisplayName({ ...info, product });
    return {
      column,
      product: product ?? displayName,
      displayName,
      fit: scores?.fit,
      intent: scores?.intent,
    };
  });
}
