// Requirement sets the simulated Excel supports, and Office's isSetSupported over them.

export interface RequirementSets {
  /** Highest ExcelApi minor version supported, e.g. 17 for "ExcelApi 1.17". */
  excelApiMinor: number;
  /** Other sets by name (e.g. "SharedRuntime": "1.1"). */
  others: Record<string, string>;
}

/** Newest ExcelApi version the host knows (Excel on the web supports it). */
export const NEWEST_EXCEL_API = '1.20';

export function parseExcelApi(version: string): number {
  const match = /^1\.(\d+)$/.exec(version);
  if (match === null) throw new Error(`ExcelApi version must look like "1.17", got "${version}"`);
  return Number(match[1]);
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Same contract as Office.context.requirements.isSetSupported: version defaults to "1.1". */
export function isSetSupported(sets: RequirementSets, name: string, version?: string): boolean {
  const wanted = version ?? '1.1';
  if (name.toLowerCase() === 'excelapi') {
    return compareVersions(`1.${sets.excelApiMinor}`, wanted) >= 0;
  }
  const have = Object.entries(sets.others).find(
    ([key]) => key.toLowerCase() === name.toLowerCase(),
  );
  return have !== undefined && compareVersions(have[1], wanted) >= 0;
}

/** "ExcelApi 1.18" → true when supported. */
export function supportsApiSet(sets: RequirementSets, requirement: string): boolean {
  const [name, version] = requirement.split(' ');
  return isSetSupported(sets, name, version);
}
