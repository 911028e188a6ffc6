// What the command line says, in English and Brazilian Portuguese. Core's problems and reasons
// are rendered by src/i18n; these are the command line's own sentences. Each error is one line
// that says what was found and what to do.

import type { Lang, ReportType } from '../core/types';

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
  unknownColumn(header: string, option: string): string;
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
  unexpected(reason: string): string;
  // human summaries
  reportLine(type: string, layout: string, confidence: number): string;
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
  nameHintTip: string;
  nextStep(file: string): string;
  targetedLine(targeted: number, rows: number, clusters: string, columns: string): string;
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
  noRevenue: string;
}

const en: CliMessages = {
  usage: [
    'Usage:',
    '  propensity-navigator analyze <report.csv> [--name-hint <text>] [--json]',
    '  propensity-navigator target  <report.csv> --out <file.xlsx> [--clusters "Act Now,Evaluate"]',
    '          [--cluster-column <header>]... [--cohort <header>]... [--recent-only]',
    '          [--where "<header>=<value>"]... [--name-hint <text>] [--lang en|pt-BR] [--json]',
    '',
    'analyze  recognises the report and counts its clusters, cohorts and revenue columns.',
    'target   writes a workbook with the accounts worth a call, in order, with a reason each.',
    '',
    'Exit codes: 0 done, 2 wrong usage, 3 unreadable file or not a CloudAscent report.',
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
  unknownColumn: (header, option) =>
    `${option}: the report has no column "${header}"; run analyze to see its columns`,
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
  cannotWrite: (path, reason) => `cannot write "${path}" (${reason}); choose another --out path`,
  unexpected: (reason) => `something went wrong: ${reason}`,
  reportLine: (type, layout, confidence) =>
    `Report: ${type} (layout ${layout}, confidence ${Math.round(confidence * 100)}%)`,
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
  nameHintTip: 'to choose, run again with --name-hint "Surface" or --name-hint "M365"',
  nextStep: (file) => `Next: propensity-navigator target "${file}" --out targets.xlsx`,
  targetedLine: (targeted, rows, clusters, columns) =>
    `Targeted ${targeted} of ${rows} accounts (${clusters} in ${columns})`,
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
    revenue: 'revenue potential',
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
  summaryTitle: (type, layout) => `${type} propensity report (layout ${layout})`,
  clusterCountsTitle: 'Accounts per cluster',
  clusterColumnLabel: 'Cluster column',
  cohortsTitle: 'Cohorts (solution plays)',
  cohortLabel: 'Cohort',
  yesLabel: 'Yes',
  matrixTitle: (product) => `${product}: Fit (rows) × Intent (columns)`,
  fitIntentCorner: 'Fit \\ Intent',
  bandLabels: ['High', 'Medium', 'Low', 'Very Low'],
  revenueTitle: (header) => `Revenue per cluster ("${header}")`,
  noRevenue: 'The report has no revenue column.',
};

const ptBR: CliMessages = {
  usage: [
    'Uso:',
    '  propensity-navigator analyze <relatorio.csv> [--name-hint <texto>] [--json]',
    '  propensity-navigator target  <relatorio.csv> --out <arquivo.xlsx>',
    '          [--clusters "Act Now,Evaluate"] [--cluster-column <coluna>]... [--cohort <coluna>]...',
    '          [--recent-only] [--where "<coluna>=<valor>"]... [--name-hint <texto>]',
    '          [--lang en|pt-BR] [--json]',
    '',
    'analyze  reconhece o relatório e conta clusters, cohorts e colunas de receita.',
    'target   grava uma pasta de trabalho com as contas que valem uma ligação, em ordem e',
    '         com um motivo para cada uma.',
    '',
    'Códigos de saída: 0 concluído, 2 uso incorreto, 3 arquivo ilegível ou que não é CloudAscent.',
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
  unknownColumn: (header, option) =>
    `${option}: o relatório não tem a coluna "${header}"; rode analyze para ver as colunas`,
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
    `não foi possível gravar "${path}" (${reason}); escolha outro caminho em --out`,
  unexpected: (reason) => `algo deu errado: ${reason}`,
  reportLine: (type, layout, confidence) =>
    `Relatório: ${type} (layout ${layout}, confiança ${Math.round(confidence * 100)}%)`,
  fileLine: (name, rows, identifier) =>
    `Arquivo: ${name}: ${rows} contas` +
    (identifier === undefined ? '' : `, identificadas por "${identifier}"`),
  clustersTitle: 'Clusters:',
  clusterCounts: (counts) => formatCounts(counts, '(blank)', 'em branco', '(other)', 'outros'),
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
  nameHintTip: 'para escolher, rode de novo com --name-hint "Surface" ou --name-hint "M365"',
  nextStep: (file) => `Próximo passo: propensity-navigator target "${file}" --out alvos.xlsx`,
  targetedLine: (targeted, rows, clusters, columns) =>
    `${targeted} de ${rows} contas selecionadas (${clusters} em ${columns})`,
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
    revenue: 'potencial de receita',
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
  summaryTitle: (type, layout) => `Relatório de propensão ${type} (layout ${layout})`,
  clusterCountsTitle: 'Contas por cluster',
  clusterColumnLabel: 'Coluna de cluster',
  cohortsTitle: 'Cohorts (solution plays)',
  cohortLabel: 'Cohort',
  yesLabel: 'Sim',
  matrixTitle: (product) => `${product}: Fit (linhas) × Intent (colunas)`,
  fitIntentCorner: 'Fit \\ Intent',
  bandLabels: ['Alto', 'Médio', 'Baixo', 'Muito baixo'],
  revenueTitle: (header) => `Receita por cluster ("${header}")`,
  noRevenue: 'O relatório não tem coluna de receita.',
};

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
): string {
  const parts: string[] = [];
  for (const [label, count] of Object.entries(counts)) {
    if (count === 0) continue;
    const shown = label === blankKey ? blankLabel : label === otherKey ? otherLabel : label;
    parts.push(`${shown} ${count}`);
  }
  return parts.length === 0 ? '-' : parts.join(', ');
}

export const MESSAGES: Record<Lang, CliMessages> = { en, 'pt-BR': ptBR };
