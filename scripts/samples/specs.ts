// The bundled samples: every documented layout style of every report type, plus one newer file
// per type with revenue potential. Each entry fixes a seed, so the files never change unless
// this list or the generator does.

import layouts from '../../src/core/documented-layouts.json';
import type { AccountOptions } from './accounts';
import type { ValueStyle } from './formats';
import {
  AZURE_FY26,
  D365_FY26,
  M365_COPILOT,
  RENEWALS_FY26,
  SECURITY_FY26,
  SURFACE_FY26,
  type SampleColumn,
} from './newer-layouts';
import type { CsvFormat } from './write-csv';

export interface SampleSpec {
  file: string;
  seed: number;
  rows: number;
  columns: SampleColumn[];
  style: ValueStyle;
  csv: CsvFormat;
  /** Brazilian Excel starts its CSV files with a byte order mark. */
  bom?: boolean;
  /** A line above the header, as some exports add. */
  titleLine?: string;
  accounts: AccountOptions;
  partner: { id: string; name: string };
  renewalYear: number;
  multilineRow?: number;
}

export function documentedColumns(layoutId: string): SampleColumn[] {
  const layout = layouts.layouts.find((candidate) => candidate.id === layoutId);
  if (!layout) throw new Error(`unknown documented layout ${layoutId}`);
  return layout.columns.map((column) => ({ header: column.name, role: column.role }));
}

const BRAZILIAN_PARTNER = { id: '4412873', name: 'Contoso Parceiros de Nuvem Ltda' };
const US_PARTNER = { id: '0651290', name: 'Fabrikam Cloud Solutions LLC' };

const SUB_SEGMENTS_2020 = ['Top Unmanaged', 'Medium', 'Small'];
const SUB_SEGMENTS_2021 = ['Top Unmanaged', 'Medium', 'Small', 'Very Small'];
const SUB_SEGMENTS_FY24 = ['Corporate-scale', 'Medium', 'Small'];
const SUB_SEGMENTS_FY26 = ['Upper Medium', 'Medium', 'Small'];

const COMMA: CsvFormat = { delimiter: ',', lineEnding: '\r\n' };
const COMMA_LF: CsvFormat = { delimiter: ',', lineEnding: '\n' };
const SEMICOLON: CsvFormat = { delimiter: ';', lineEnding: '\r\n' };

const STYLE_2020: ValueStyle = {
  flags: 'yesno',
  scores: 'int',
  clusters: 'plain',
  dates: 'mdy',
  money: 'cents',
  potential: 'number',
  orgSize: 'count',
  nonprofit: 'flag',
};
const STYLE_2021: ValueStyle = { ...STYLE_2020, flags: 'onezero', clusters: 'upper' };
const STYLE_FY24: ValueStyle = {
  ...STYLE_2020,
  scores: 'decimal',
  dates: 'iso',
  nonprofit: 'category',
};
const STYLE_FY26: ValueStyle = { ...STYLE_FY24, scores: 'int', orgSize: 'range' };

function accounts(brazilShare: number, subSegments: string[], longIdShare = 0): AccountOptions {
  return { brazilShare, subSegments, longIdShare, formulaLikeNames: true };
}

/** The three documented generations of one report, named like the downloads. */
function documented(
  title: string,
  layoutPrefix: string,
  seed: number,
  partner: { id: string; name: string },
): SampleSpec[] {
  const brazilShare = partner === BRAZILIAN_PARTNER ? 0.7 : 0.15;
  return [
    {
      file: `CloudAscent - ${title} propensity (2020).csv`,
      seed,
      rows: 60,
      columns: documentedColumns(`${layoutPrefix}-2020-12`),
      style: STYLE_2020,
      csv: COMMA,
      accounts: accounts(brazilShare, SUB_SEGMENTS_2020),
      partner,
      renewalYear: 2021,
    },
    {
      file: `CloudAscent - ${title} propensity (2021).csv`,
      seed: seed + 1,
      rows: 80,
      columns: documentedColumns(`${layoutPrefix}-2021-07`),
      style: STYLE_2021,
      csv: COMMA,
      accounts: accounts(brazilShare, SUB_SEGMENTS_2021),
      partner,
      renewalYear: 2022,
    },
    {
      file: `CloudAscent - ${title} propensity (FY24).csv`,
      seed: seed + 2,
      rows: 120,
      columns: documentedColumns(`${layoutPrefix}-fy24`),
      style: STYLE_FY24,
      csv: COMMA_LF,
      accounts: accounts(brazilShare, SUB_SEGMENTS_FY24, 0.1),
      partner,
      renewalYear: 2024,
    },
  ];
}

function withChanges(spec: SampleSpec | undefined, changes: Partial<SampleSpec>): SampleSpec {
  if (!spec) throw new Error('sample list is malformed');
  return { ...spec, ...changes };
}

const [azure2020, azure2021, azureFy24] = documented('Azure', 'azure', 1100, BRAZILIAN_PARTNER);
const [renewals2020, renewals2021, renewalsFy24] = documented(
  'Agreement renewals',
  'renewals',
  1400,
  US_PARTNER,
);

export const SAMPLES: readonly SampleSpec[] = [
  withChanges(azure2020, {
    titleLine: 'CloudAscent - Azure Propensity - Contoso Parceiros de Nuvem Ltda - 12/21/2020',
  }),
  azure2021 as SampleSpec,
  withChanges(azureFy24, { multilineRow: 6 }),
  {
    file: 'CloudAscent - Azure propensity.csv',
    seed: 1104,
    rows: 300,
    columns: AZURE_FY26,
    style: { ...STYLE_FY26, money: 'plain' },
    csv: COMMA,
    accounts: accounts(0.6, SUB_SEGMENTS_FY26, 0.3),
    partner: BRAZILIAN_PARTNER,
    renewalYear: 2026,
  },

  ...documented('M365', 'm365', 1200, BRAZILIAN_PARTNER),
  {
    file: 'CloudAscent - M365 Copilot propensity.csv',
    seed: 1204,
    rows: 200,
    columns: M365_COPILOT,
    style: { ...STYLE_FY26, flags: 'truefalse', potential: 'band' },
    csv: COMMA,
    accounts: accounts(0.5, SUB_SEGMENTS_FY26, 0.3),
    partner: BRAZILIAN_PARTNER,
    renewalYear: 2026,
  },

  ...documented('D365', 'd365', 1300, US_PARTNER),
  {
    file: 'CloudAscent - D365 propensity.csv',
    seed: 1304,
    rows: 150,
    columns: D365_FY26,
    style: { ...STYLE_FY26, potential: 'band' },
    csv: COMMA,
    accounts: accounts(0.2, SUB_SEGMENTS_FY26, 0.2),
    partner: US_PARTNER,
    renewalYear: 2026,
  },

  withChanges(renewals2020, { rows: 90 }),
  // A Brazilian partner opened the download in Excel and saved it again: semicolons, a byte
  // order mark, day-first dates and decimal commas.
  withChanges(renewals2021, {
    file: 'CloudAscent - Agreement renewals propensity (2021, Excel pt-BR).csv',
    rows: 100,
    style: { ...STYLE_2021, flags: 'yesno', dates: 'dmy', money: 'br' },
    csv: SEMICOLON,
    bom: true,
    accounts: accounts(0.85, SUB_SEGMENTS_2021),
    partner: BRAZILIAN_PARTNER,
  }),
  withChanges(renewalsFy24, { rows: 120 }),
  {
    file: 'CloudAscent - Agreement renewals propensity.csv',
    seed: 1404,
    rows: 150,
    columns: RENEWALS_FY26,
    style: { ...STYLE_FY26, potential: 'band', money: 'usd' },
    csv: COMMA,
    accounts: accounts(0.2, SUB_SEGMENTS_FY26, 0.25),
    partner: US_PARTNER,
    renewalYear: 2026,
  },

  {
    file: 'CloudAscent - Surface propensity (FY24).csv',
    seed: 1500,
    rows: 100,
    columns: documentedColumns('surface-fy24'),
    style: STYLE_FY24,
    csv: COMMA_LF,
    accounts: accounts(0.2, SUB_SEGMENTS_FY24, 0.1),
    partner: US_PARTNER,
    renewalYear: 2024,
  },
  {
    file: 'CloudAscent - Surface propensity.csv',
    seed: 1501,
    rows: 120,
    columns: SURFACE_FY26,
    style: { ...STYLE_FY26, flags: 'yn', money: 'usd' },
    csv: COMMA,
    accounts: accounts(0.2, SUB_SEGMENTS_FY26, 0.2),
    partner: US_PARTNER,
    renewalYear: 2026,
  },

  {
    file: 'CloudAscent - Security propensity.csv',
    seed: 1600,
    rows: 150,
    columns: SECURITY_FY26,
    style: { ...STYLE_FY26, clusters: 'ranked', money: 'cents' },
    csv: COMMA,
    accounts: accounts(0.6, SUB_SEGMENTS_FY26, 0.3),
    partner: BRAZILIAN_PARTNER,
    renewalYear: 2026,
  },
];

/** The large benchmark file: the FY24 Azure layout, as many rows as asked. */
export function largeAzureSpec(rows: number): SampleSpec {
  return withChanges(azureFy24, { file: 'azure-large.csv', seed: 9001, rows });
}
