// What the command line says, in English and Brazilian Portuguese. Core's problems and reasons
// are rendered by src/i18n; these are the command line's own sentences. Each error is one line
// that says what was found and what to do.

import type { ClusterCountKey, Lang, ReportType } from '../core/types';
import { clusterLabel } from '../i18n/labels';
import { ENGLISH_MONTHS, PORTUGUESE_MONTHS } from '../core/month-names';

export interface CliMessages {
  usage: string;
  // wrong usage (exit 2)
  unknownCommand(command: string): string;
  unknownOption(option: string, command: string): string;
  missingValue(option: string): string;
  repeatedOption(option: string): string;
  missingFile(command: string): string;
  extraArgument(argument: string): string;
  outRequired: string;
  outNotXlsx(path: string): string;
  badCluster(value: string): string;
  badWhere(value: string): string;
  badLang(value: string): string;
  /** `close`: headers of the report that look like the one asked for, quoted, maybe empty. */
  unknownColumn(header: string, option: string, close: string): string;
  notAClusterColumn(header: string, option: string, clusterColumns: string): string;
  notACohortColumn(header: string, option: string): string;
  // unreadable or unsuitable input (exit 3)
  notFound(path: string): string;
  isDirectory(path: string): string;
  noPermission(path: string): string;
  unreadable(path: string, reason: string): string;
  emptyFile(name: string): string;
  binaryFile(name: string): string;
  noHeader(name: string): string;
  notCloudAscent(name: string, columns: string): string;
  tooManyRows(name: string, rows: number, limit: number): string;
  tooLarge(name: string, bytes: number, limit: number): string;
  needsMemory(name: string, bytes: number, needed: number): string;
  // failures (exit 1)
  cannotWrite(path: string, reason: string): string;
  /** Why a path cannot be written, by Node's error code; other codes are shown as they are. */
  writeReasons: Record<string, string>;
  unexpected(reason: string): string;
  // human summaries
  reportLine(type: string, layout: string, confidence: number): string;
  /** A layout id (`azure-fy24`, `newer`) in words: `FY24 layout`. */
  layoutName(id: string): string;
  /** Cluster names and the `(blank)`/`(other)` count keys as the summaries show them. */
  clusterName(key: ClusterCountKey): string;
  fileLine(name: string, rows: number, identifier: string | undefined): string;
  clustersTitle: string;
  clusterCounts(counts: Record<string, number>): string;
  noClusters: string;
  cohortsLine(columns: number, top: string): string;
  noCohorts: string;
  revenueLine(header: string | undefined): string;
  recentLine(header: string | undefined): string;
  defaultClustersLine(headers: string): string;
  warningsTitle(count: number): string;
  moreWarnings(count: number): string;
  warningPrefix: string;
  m365OrSurface(likely: string, other: string, hint: string): string;
  recentOnlyNoColumn: string;
  nextStep(file: string): string;
  targetedLine(targeted: number, rows: number, clusters: string, columns: string): string;
  filtersLine(filters: string): string;
  cohortFilter(header: string): string;
  recentFilter(header: string | undefined): string;
  whereFilter(header: string, value: string): string;
  sortedByLine(keys: string): string;
  firstLine(account: string, why: string): string;
  workbookLine(path: string): string;
  largeWorkbook: string;
  reportSheetPlainRange: string;
  longCells(count: number, line: number, column: string): string;
  sortKeys: Record<string, string>;
  reportTypes: Record<ReportType, string>;
  // workbook labels
  summaryTitle(type: string, layout: string): string;
  clusterCountsTitle: string;
  clusterColumnLabel: string;
  cohortsTitle: string;
  cohortLabel: string;
  yesLabel: string;
  matrixTitle(product: string): string;
  fitIntentCorner: string;
  bandLabels: readonly [string, string, string, string];
  revenueTitle(header: string): string;
  revenueLowerBound: string;
  noRevenue: string;
}

const en: CliMessages = {
  usage: [
    'Usage:',
    '  propensity-navigator analyze <report.csv> [--name-hint <text>] [--lang en|pt-BR] [--json]',
    '  propensity-navigator target  <report.csv> --out <file.xlsx> [--clusters "Act Now,Evaluate"]',
    '          [--cluster-column <header>]... [--cohort <header>]... [--recent-only]',
    '          [--where "<header>=<value>"]... [--name-hint <text>] [--lang en|pt-BR] [--json]',
    '',
    'analyze  recognises the report and counts its clusters, cohorts and revenue columns.',
    'target   writes a workbook with the accounts worth a call, in order, with a reason each.',
    '',
    'Exit codes: 0 done; 1 something failed that the input did not cause (a full disk, say);',
    '            2 wrong usage; 3 unreadable file or not a CloudAscent report.',
  ].join('\n'),
  unknownCommand: (command) =>
    `unknown command "${command}": use "analyze" or "target" (see --help)`,
  unknownOption: (option, command) => `"${option}" is not an option of "${command}" (see --help)`,
  missingValue: (option) => `${option} needs a value (see --help)`,
  repeatedOption: (option) => `${option} was given more than once; give it once`,
  missingFile: (command) => `"${command}" needs the path of a report CSV file (see --help)`,
  extraArgument: (argument) => `unexpected argument "${argument}": give one report file`,
  outRequired: 'target needs --out <file.xlsx>: where to write the workbook',
  outNotXlsx: (path) => `--out must name an .xlsx file, got "${path}"`,
  badCluster: (value) =>
    `--clusters: "${value}" is not a cluster; use Act Now, Evaluate, Nurture or Educate`,
  badWhere: (value) => `--where needs "<header>=<value>", got "${value}"`,
  badLang: (value) => `--lang: "${value}" is not supported; use en or pt-BR`,
  unknownColumn: (header, option, close) =>
    `${option}: the report has no column "${header}"${close === '' ? '' : ` (close: ${close})`}; ` +
    'run analyze to see its columns',
  notAClusterColumn: (header, option, clusterColumns) =>
    `${option}: "${header}" is not a cluster column; ` +
    (clusterColumns === '' ? 'the report has none' : `use one of ${clusterColumns}`),
  notACohortColumn: (header, option) =>
    `${option}: "${header}" is not a Yes/No column; use a solution-play column (analyze lists them)`,
  notFound: (path) => `cannot read "${path}": no such file; check the path`,
  isDirectory: (path) => `cannot read "${path}": it is a folder; give the report CSV file`,
  noPermission: (path) =>
    `cannot read "${path}": permission denied; copy the file somewhere you can read it`,
  unreadable: (path, reason) => `cannot read "${path}" (${reason}); check the file`,
  emptyFile: (name) => `"${name}" is empty; download the report again from Partner Center`,
  binaryFile: (name) =>
    `"${name}" is not text (it looks like a binary or Excel file); give the CSV download`,
  noHeader: (name) =>
    `"${name}" has no header row in its first 10 lines; give the CSV as Partner Center made it`,
  notCloudAscent: (name, columns) =>
    `"${name}" is not a CloudAscent propensity report (found columns: ${columns}); ` +
    'download one from Partner Center, Insights > Download reports',
  tooManyRows: (name, rows, limit) =>
    `"${name}" has ${rows} rows, more than an Excel sheet holds (${limit}); split the file`,
  tooLarge: (name, bytes, limit) =>
    `"${name}" is ${megabytes(bytes)} MB, more than the command line reads (${megabytes(limit)} MB); ` +
    'split the file',
  needsMemory: (name, bytes, needed) =>
    `"${name}" is ${megabytes(bytes)} MB and needs about ${megabytes(needed)} MB of memory, more ` +
    `than Node allows here; split the file, or run with ` +
    `NODE_OPTIONS=--max-old-space-size=${megabytes(needed) + 512}`,
  cannotWrite: (path, reason) => `cannot write "${path}": ${reason}; choose another --out path`,
  writeReasons: {
    EEXIST: 'a folder on that path is a file',
    ENOTDIR: 'a folder on that path is a file',
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    ENOENT: 'a folder on that path does not exist',
  },
  unexpected: (reason) => `something went wrong: ${reason}`,
  reportLine: (type, layout, confidence) =>
    `Report: ${type}, ${layout}, confidence ${Math.round(confidence * 100)}%`,
  layoutName: (id) =>
    layoutWords(id, {
      fiscal: (year) => `FY${year} layout`,
      dated: (month, year) => `${capitalised(ENGLISH_MONTHS[month - 1]) ?? month} ${year} layout`,
      newer: 'newer layout (not in the documented list)',
      unrecognized: 'layout not recognised',
    }),
  clusterName: (key) => clusterLabel(key, 'en'),
  fileLine: (name, rows, identifier) =>
    `File: ${name}: ${rows} accounts` +
    (identifier === undefined ? '' : `, identified by "${identifier}"`),
  clustersTitle: 'Clusters:',
  clusterCounts: (counts) => formatCounts(counts, '(blank)', 'blank', '(other)', 'other'),
  noClusters: 'Clusters: none found',
  cohortsLine: (columns, top) => `Cohorts (solution plays): ${columns}; most Yes: ${top}`,
  noCohorts: 'Cohorts (solution plays): none',
  revenueLine: (header) =>
    header === undefined
      ? 'Revenue: no column; targets are ordered by cluster, then Fit + Intent'
      : `Revenue (orders the targets): "${header}"`,
  recentLine: (header) =>
    header === undefined ? 'Activity in the last 36 months: no column' : `Activity: "${header}"`,
  defaultClustersLine: (headers) => `Targets use by default: ${headers}`,
  warningsTitle: (count) => `Warnings (${count}):`,
  moreWarnings: (count) => `  ...and ${count} more`,
  warningPrefix: 'warning',
  m365OrSurface: (likely, other, hint) =>
    `This file could be the ${likely} or the ${other} report (both share one layout); it was ` +
    `read as ${likely}. If it is the ${other} report, run again with --name-hint "${hint}".`,
  recentOnlyNoColumn:
    'This report has no “transacted in the last 36 months” column, so --recent-only matches no ' +
    'account. Run again without --recent-only.',
  nextStep: (file) => `Next: propensity-navigator target "${file}" --out targets.xlsx`,
  targetedLine: (targeted, rows, clusters, columns) =>
    `Targeted ${targeted} of ${rows} accounts (${clusters} in ${columns})`,
  filtersLine: (filters) => `Filters: ${filters}`,
  cohortFilter: (header) => `"${header}" is Yes`,
  recentFilter: (header) =>
    header === undefined ? '--recent-only' : `"${header}" is Yes (--recent-only)`,
  whereFilter: (header, value) => `"${header}" is "${value}"`,
  sortedByLine: (keys) => `Ordered by: ${keys}`,
  firstLine: (account, why) => `First: ${account}: ${why}`,
  workbookLine: (path) => `Workbook: ${path}`,
  largeWorkbook:
    'the report is large, so the Report sheet is a plain range with AutoFilter, not a table',
  reportSheetPlainRange:
    'the header has blank or repeated names, so the Report sheet is a plain range with ' +
    'AutoFilter, not a table (an Excel table needs unique column names)',
  longCells: (count, line, column) =>
    `${count === 1 ? '1 cell holds' : `${count} cells hold`} more than 32,767 characters, more ` +
    'than an Excel cell holds, so the workbook keeps the first 32,767 ' +
    `(${count === 1 ? '' : 'the first: '}line ${line}, column "${column}")`,
  sortKeys: {
    revenue: 'revenue',
    cluster: 'cluster',
    fitIntent: 'Fit + Intent',
    fileOrder: 'file order',
  },
  reportTypes: {
    azure: 'Azure',
    m365: 'Microsoft 365',
    surface: 'Surface',
    d365: 'Dynamics 365',
    security: 'Security',
    renewals: 'Agreement renewals',
    unknown: 'unknown',
  },
  summaryTitle: (type, layout) => `${type} propensity report, ${layout}`,
  clusterCountsTitle: 'Accounts per cluster',
  clusterColumnLabel: 'Cluster column',
  cohortsTitle: 'Cohorts (solution plays)',
  cohortLabel: 'Cohort',
  yesLabel: 'Yes',
  matrixTitle: (product) => `${product}: Fit (rows) × Intent (columns)`,
  fitIntentCorner: 'Fit \\ Intent',
  bandLabels: ['High', 'Medium', 'Low', 'Very Low'],
  revenueTitle: (header) => `Revenue per cluster ("${header}")`,
  revenueLowerBound:
    'A band or range counts as its lower bound: $10K-$50K adds 10,000 and > $100K adds 100,000.',
  noRevenue: 'The report has no revenue column.',
};

const ptBR: CliMessages = {
  usage: [
    'Uso:',
    '  propensity-navigator analyze <relatorio.csv> [--name-hint <texto>] [--lang en|pt-BR] [--json]',
    '  propensity-navigator target  <relatorio.csv> --out <arquivo.xlsx>',
    '          [--clusters "Act Now,Evaluate"] [--cluster-column <coluna>]... [--cohort <coluna>]...',
    '          [--recent-only] [--where "<coluna>=<valor>"]... [--name-hint <texto>]',
    '          [--lang en|pt-BR] [--json]',
    '',
    'analyze  reconhece o relatório e conta clusters, cohorts e colunas de receita.',
    'target   grava uma pasta de trabalho com as contas que valem uma ligação, em ordem e',
    '         com um motivo para cada uma.',
    '',
    'Códigos de saída: 0 concluído; 1 falha que não vem da entrada (disco cheio, por exemplo);',
    '                  2 uso incorreto; 3 arquivo ilegível ou que não é CloudAscent.',
  ].join('\n'),
  unknownCommand: (command) =>
    `comando desconhecido "${command}": use "analyze" ou "target" (veja --help)`,
  unknownOption: (option, command) => `"${option}" não é uma opção de "${command}" (veja --help)`,
  missingValue: (option) => `${option} precisa de um valor (veja --help)`,
  repeatedOption: (option) => `${option} foi informado mais de uma vez; informe-o uma vez só`,
  missingFile: (command) => `"${command}" precisa do caminho de um relatório CSV (veja --help)`,
  extraArgument: (argument) => `argumento inesperado "${argument}": informe um só relatório`,
  outRequired: 'target precisa de --out <arquivo.xlsx>: onde gravar a pasta de trabalho',
  outNotXlsx: (path) => `--out precisa ser um arquivo .xlsx, recebido "${path}"`,
  badCluster: (value) =>
    `--clusters: "${value}" não é um cluster; use Act Now, Evaluate, Nurture ou Educate`,
  badWhere: (value) => `--where precisa de "<coluna>=<valor>", recebido "${value}"`,
  badLang: (value) => `--lang: "${value}" não é suportado; use en ou pt-BR`,
  unknownColumn: (header, option, close) =>
    `${option}: o relatório não tem a coluna "${header}"` +
    `${close === '' ? '' : ` (parecidas: ${close})`}; rode analyze para ver as colunas`,
  notAClusterColumn: (header, option, clusterColumns) =>
    `${option}: "${header}" não é uma coluna de cluster; ` +
    (clusterColumns === '' ? 'o relatório não tem nenhuma' : `use uma destas: ${clusterColumns}`),
  notACohortColumn: (header, option) =>
    `${option}: "${header}" não é uma coluna Sim/Não; use uma coluna de cenário de solução ` +
    '(analyze lista essas colunas)',
  notFound: (path) => `não foi possível ler "${path}": arquivo inexistente; confira o caminho`,
  isDirectory: (path) =>
    `não foi possível ler "${path}": é uma pasta; informe o arquivo CSV do relatório`,
  noPermission: (path) =>
    `não foi possível ler "${path}": permissão negada; copie o arquivo para um local acessível`,
  unreadable: (path, reason) => `não foi possível ler "${path}" (${reason}); confira o arquivo`,
  emptyFile: (name) => `"${name}" está vazio; baixe o relatório de novo no Partner Center`,
  binaryFile: (name) =>
    `"${name}" não é texto (parece binário ou uma pasta do Excel); informe o download em CSV`,
  noHeader: (name) =>
    `"${name}" não tem linha de cabeçalho nas 10 primeiras linhas; use o CSV do Partner Center`,
  notCloudAscent: (name, columns) =>
    `"${name}" não é um relatório de propensão CloudAscent (colunas: ${columns}); ` +
    'baixe um no Partner Center, Insights > Download reports',
  tooManyRows: (name, rows, limit) =>
    `"${name}" tem ${rows} linhas, mais do que cabe numa planilha do Excel (${limit}); divida o arquivo`,
  tooLarge: (name, bytes, limit) =>
    `"${name}" tem ${megabytes(bytes)} MB, mais do que a linha de comando lê ` +
    `(${megabytes(limit)} MB); divida o arquivo`,
  needsMemory: (name, bytes, needed) =>
    `"${name}" tem ${megabytes(bytes)} MB e precisa de cerca de ${megabytes(needed)} MB de ` +
    `memória, mais do que o Node permite aqui; divida o arquivo ou rode com ` +
    `NODE_OPTIONS=--max-old-space-size=${megabytes(needed) + 512}`,
  cannotWrite: (path, reason) =>
    `não foi possível gravar "${path}": ${reason}; escolha outro caminho em --out`,
  writeReasons: {
    EEXIST: 'uma pasta desse caminho é um arquivo',
    ENOTDIR: 'uma pasta desse caminho é um arquivo',
    EISDIR: 'é uma pasta',
    EACCES: 'permissão negada',
    EPERM: 'permissão negada',
    EROFS: 'o disco é somente leitura',
    ENOSPC: 'o disco está cheio',
    ENOENT: 'uma pasta desse caminho não existe',
  },
  unexpected: (reason) => `algo deu errado: ${reason}`,
  reportLine: (type, layout, confidence) =>
    `Relatório: ${type}, ${layout}, confiança ${Math.round(confidence * 100)}%`,
  layoutName: (id) =>
    layoutWords(id, {
      fiscal: (year) => `layout FY${year}`,
      dated: (month, year) => `layout de ${PORTUGUESE_MONTHS[month - 1] ?? month} de ${year}`,
      newer: 'layout mais recente (fora da lista documentada)',
      unrecognized: 'layout não reconhecido',
    }),
  clusterName: (key) => clusterLabel(key, 'pt-BR'),
  fileLine: (name, rows, identifier) =>
    `Arquivo: ${name}: ${rows} contas` +
    (identifier === undefined ? '' : `, identificadas por "${identifier}"`),
  clustersTitle: 'Clusters:',
  clusterCounts: (counts) =>
    formatCounts(counts, '(blank)', 'em branco', '(other)', 'outros', (key) =>
      clusterLabel(key, 'pt-BR'),
    ),
  noClusters: 'Clusters: nenhum encontrado',
  cohortsLine: (columns, top) => `Cohorts (cenários de solução): ${columns}; mais "Sim": ${top}`,
  noCohorts: 'Cohorts (cenários de solução): nenhum',
  revenueLine: (header) =>
    header === undefined
      ? 'Receita: sem coluna; a ordem segue o cluster e depois Fit + Intent'
      : `Receita (ordena os alvos): "${header}"`,
  recentLine: (header) =>
    header === undefined ? 'Atividade nos últimos 36 meses: sem coluna' : `Atividade: "${header}"`,
  defaultClustersLine: (headers) => `Alvos usam por padrão: ${headers}`,
  warningsTitle: (count) => `Avisos (${count}):`,
  moreWarnings: (count) => `  ...e mais ${count}`,
  warningPrefix: 'aviso',
  m365OrSurface: (likely, other, hint) =>
    `Este arquivo pode ser o relatório ${likely} ou o ${other} (os dois têm o mesmo layout); ` +
    `foi lido como ${likely}. Se for o relatório ${other}, rode de novo com --name-hint "${hint}".`,
  recentOnlyNoColumn:
    'Este relatório não tem a coluna “transacionou nos últimos 36 meses”, então --recent-only ' +
    'não seleciona nenhuma conta. Rode de novo sem --recent-only.',
  nextStep: (file) =>
    `Próximo passo: propensity-navigator target "${file}" --out alvos.xlsx --lang pt-BR`,
  targetedLine: (targeted, rows, clusters, columns) =>
    `${targeted} de ${rows} contas selecionadas (${clusters} em ${columns})`,
  filtersLine: (filters) => `Filtros: ${filters}`,
  cohortFilter: (header) => `"${header}" é Sim`,
  recentFilter: (header) =>
    header === undefined ? '--recent-only' : `"${header}" é Sim (--recent-only)`,
  whereFilter: (header, value) => `"${header}" é "${value}"`,
  sortedByLine: (keys) => `Ordem: ${keys}`,
  firstLine: (account, why) => `Primeira: ${account}: ${why}`,
  workbookLine: (path) => `Pasta de trabalho: ${path}`,
  largeWorkbook:
    'o relatório é grande, então a planilha Report é um intervalo com AutoFiltro, não uma tabela',
  reportSheetPlainRange:
    'o cabeçalho tem nomes vazios ou repetidos, então a planilha Report é um intervalo com ' +
    'AutoFiltro, não uma tabela (uma tabela do Excel precisa de nomes de coluna únicos)',
  longCells: (count, line, column) =>
    `${count === 1 ? '1 célula tem' : `${count} células têm`} mais de 32.767 caracteres, mais ` +
    'do que uma célula do Excel comporta, então a pasta de trabalho guarda os primeiros 32.767 ' +
    `(${count === 1 ? '' : 'a primeira: '}linha ${line}, coluna "${column}")`,
  sortKeys: {
    revenue: 'receita',
    cluster: 'cluster',
    fitIntent: 'Fit + Intent',
    fileOrder: 'ordem do arquivo',
  },
  reportTypes: {
    azure: 'Azure',
    m365: 'Microsoft 365',
    surface: 'Surface',
    d365: 'Dynamics 365',
    security: 'Segurança',
    renewals: 'Renovações de contrato',
    unknown: 'desconhecido',
  },
  summaryTitle: (type, layout) => `Relatório de propensão ${type}, ${layout}`,
  clusterCountsTitle: 'Contas por cluster',
  clusterColumnLabel: 'Coluna de cluster',
  cohortsTitle: 'Cohorts (cenários de solução)',
  cohortLabel: 'Cenário de solução',
  yesLabel: 'Sim',
  matrixTitle: (product) => `${product}: Fit (linhas) × Intent (colunas)`,
  fitIntentCorner: 'Fit \\ Intent',
  bandLabels: ['Alto', 'Médio', 'Baixo', 'Muito baixo'],
  revenueTitle: (header) => `Receita por cluster ("${header}")`,
  revenueLowerBound:
    'Uma faixa ou intervalo conta pelo limite inferior: $10K-$50K soma 10.000 e > $100K soma ' +
    '100.000.',
  noRevenue: 'O relatório não tem coluna de receita.',
};

interface LayoutWords {
  fiscal(year: string): string;
  dated(month: number, year: string): string;
  newer: string;
  unrecognized: string;
}

/** Documented layout ids end in their date (`azure-2021-07`) or fiscal year (`azure-fy24`). */
function layoutWords(id: string, words: LayoutWords): string {
  if (id === 'newer') return words.newer;
  const fiscal = /-fy(\d{2})$/i.exec(id);
  if (fiscal !== null) return words.fiscal(fiscal[1] ?? '');
  const dated = /-(\d{4})-(\d{2})$/.exec(id);
  if (dated !== null) return words.dated(Number(dated[2]), dated[1] ?? '');
  return words.unrecognized;
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

/** `Act Now 12, Evaluate 30, blank 3`: zero counts are left out. */
function formatCounts(
  counts: Record<string, number>,
  blankKey: string,
  blankLabel: string,
  otherKey: string,
  otherLabel: string,
  clusterName: (cluster: ClusterCountKey) => string = (cluster) => cluster,
): string {
  const parts: string[] = [];
  for (const [label, count] of Object.entries(counts)) {
    if (count === 0) continue;
    const shown =
      label === blankKey
        ? blankLabel
        : label === otherKey
          ? otherLabel
          : clusterName(label as ClusterCountKey);
    parts.push(`${shown} ${count}`);
  }
  return parts.length === 0 ? '-' : parts.join(', ');
}

export const MESSAGES: Record<Lang, CliMessages> = { en, 'pt-BR': ptBR };

function capitalised(word: string | undefined): string | undefined {
  return word === undefined ? undefined : word.charAt(0).toUpperCase() + word.slice(1);
}
