// `target`: the accounts worth a call, in order, each with a reason, written to a workbook.

import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { planTargets, summarize } from '../core';
import type { TargetCriteria, TargetPlan } from '../core';
import { renderReasons } from '../i18n';
import {
  EXIT_BAD_INPUT,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  stop,
  type ExitCode,
  type Step,
} from './exit-codes';
import { checkColumns } from './check-columns';
import type { CliIO } from './io';
import { loadReport, type LoadedReport } from './load-report';
import { MESSAGES, type CliMessages } from './messages';
import type { TargetArgs } from './parse-args';
import { warningLines } from './run-analyze';
import { toWarnings, WARNINGS_SHOWN, type Warning } from './warnings';
import { findLongCells } from './workbook/long-cells';
import { EXCEL_MAX_DATA_ROWS, writeWorkbook } from './workbook/write-workbook';

/** Identifiers listed in the JSON `order`. */
export const ORDER_SHOWN = 50;

export interface TargetJson {
  reportType: string;
  targeted: number;
  sortedBy: string[];
  order: string[];
  firstExplanation: string | null;
  out: string;
}

function criteriaOf(args: TargetArgs): TargetCriteria {
  return {
    ...(args.clusters === undefined ? {} : { clusters: args.clusters }),
    ...(args.clusterColumns.length === 0 ? {} : { clusterColumns: args.clusterColumns }),
    cohorts: args.cohorts,
    recentOnly: args.recentOnly,
    where: args.where,
  };
}

function identifierOf(loaded: LoadedReport, row: number): string {
  const column = loaded.profile.identifierColumn ?? loaded.profile.accountNameColumn ?? 0;
  return loaded.read.rows[row]?.[column] ?? '';
}

function accountOf(loaded: LoadedReport, row: number): string {
  const { identifierColumn, accountNameColumn } = loaded.profile;
  const cells = loaded.read.rows[row] ?? [];
  const parts = [identifierColumn, accountNameColumn]
    .filter((column, i, all): column is number => column !== undefined && all.indexOf(column) === i)
    .map((column) => cells[column] ?? '')
    .filter((text) => text !== '');
  return parts.join(' ');
}

/** The conditions beyond the clusters, in the file's spelling; '' when there are none. */
function filtersOf(plan: TargetPlan, loaded: LoadedReport, text: CliMessages): string {
  const { criteria } = plan;
  const { recentColumn, columns } = loaded.profile;
  const filters = criteria.cohorts.map((header) => text.cohortFilter(header));
  if (criteria.recentOnly) {
    const header = recentColumn === undefined ? undefined : columns[recentColumn]?.header;
    filters.push(text.recentFilter(header));
  }
  for (const { column, value } of criteria.where) filters.push(text.whereFilter(column, value));
  return filters.join(', ');
}

function sortedByText(plan: TargetPlan, loaded: LoadedReport, text: CliMessages): string {
  const { revenueColumn, columns } = loaded.profile;
  const revenue = revenueColumn === undefined ? undefined : columns[revenueColumn]?.header;
  return plan.sortedBy
    .map((key) => {
      const name = text.sortKeys[key] ?? key;
      return key === 'revenue' && revenue !== undefined ? `${name} ("${revenue}")` : name;
    })
    .join(', ');
}

function targetSummary(
  args: TargetArgs,
  loaded: LoadedReport,
  plan: TargetPlan,
  result: TargetJson,
  warnings: readonly Warning[],
): string {
  const text = MESSAGES[args.lang];
  const { profile, read } = loaded;
  const type = text.reportTypes[profile.reportType];
  const first = plan.targets[0];
  const lines = [
    text.reportLine(type, text.layoutName(profile.layout), profile.confidence),
    text.targetedLine(
      result.targeted,
      read.rows.length,
      plan.criteria.clusters.map((cluster) => text.clusterName(cluster)).join(', '),
      plan.criteria.clusterColumns.join(', ') || '-',
    ),
  ];
  const filters = filtersOf(plan, loaded, text);
  if (filters !== '') lines.push(text.filtersLine(filters));
  lines.push(text.sortedByLine(sortedByText(plan, loaded, text)));
  if (first !== undefined) {
    lines.push(text.firstLine(accountOf(loaded, first.row), result.firstExplanation ?? ''));
  }
  lines.push(text.workbookLine(result.out));
  lines.push(...warningLines(warnings, args.lang));
  return lines.join('\n') + '\n';
}

/** Error codes that a different --out path fixes: wrong usage rather than a failure. */
const PATH_PROBLEMS = new Set([
  'EACCES',
  'EPERM',
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'EROFS',
  'EEXIST',
]);

function writeFailure(error: unknown, args: TargetArgs): Step<never> {
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : error instanceof Error
        ? error.message
        : String(error);
  const text = MESSAGES[args.lang];
  const reason = Object.prototype.hasOwnProperty.call(text.writeReasons, code)
    ? (text.writeReasons[code] ?? code)
    : code;
  return stop(
    PATH_PROBLEMS.has(code) ? EXIT_USAGE : EXIT_FAILURE,
    text.cannotWrite(args.out, reason),
  );
}

export async function runTarget(args: TargetArgs, io: CliIO): Promise<Step<ExitCode>> {
  const text = MESSAGES[args.lang];
  const loaded = await loadReport(args.file, args.nameHint, args.lang);
  if (!loaded.ok) return loaded;
  const { read, profile } = loaded.value;
  if (read.rows.length > EXCEL_MAX_DATA_ROWS) {
    return stop(
      EXIT_BAD_INPUT,
      text.tooManyRows(loaded.value.name, read.rows.length, EXCEL_MAX_DATA_ROWS),
    );
  }
  const columns = checkColumns(args, profile);
  if (!columns.ok) return columns;

  const plan = planTargets(profile, read.rows, criteriaOf(args));
  const explanations = plan.targets.map((target) => renderReasons(target.reasons, args.lang));
  const analysis = summarize(profile, read.rows, plan.criteria.bands);

  let written;
  try {
    await mkdir(dirname(args.out), { recursive: true });
    written = await writeWorkbook(args.out, {
      header: read.header,
      rows: read.rows,
      profile,
      targets: plan.targets,
      explanations,
      analysis,
      messages: text,
    });
  } catch (error) {
    return writeFailure(error, args);
  }

  const problems = [...read.warnings, ...profile.warnings, ...plan.problems];
  const warnings = toWarnings(problems, args.lang, read.headerLine);
  const long = findLongCells(read.header, read.rows, read.headerLine);
  if (long.first !== undefined) {
    const message = text.longCells(long.count, long.first.line, long.first.column);
    warnings.push({ code: 'long-cells', line: long.first.line, message });
  }
  if (written.streamed) warnings.push({ code: 'large-report-range', message: text.largeWorkbook });
  else if (!written.reportIsTable && read.rows.length > 0) {
    warnings.push({ code: 'report-range-not-table', message: text.reportSheetPlainRange });
  }

  const result: TargetJson = {
    reportType: profile.reportType,
    targeted: plan.targets.length,
    sortedBy: plan.sortedBy,
    order: plan.targets
      .slice(0, ORDER_SHOWN)
      .map((target) => identifierOf(loaded.value, target.row)),
    firstExplanation: explanations[0] ?? null,
    out: args.out,
  };

  if (args.json) {
    io.out(JSON.stringify(result) + '\n');
    for (const warning of warnings.slice(0, WARNINGS_SHOWN)) {
      io.err(`${text.warningPrefix}: ${warning.message}\n`);
    }
  } else {
    io.out(targetSummary(args, loaded.value, plan, result, warnings));
  }
  return { ok: true, value: EXIT_OK };
}
