// Decides, once per header, how a sample file fills that column. Headers are matched after
// folding (as core does), so a documented header and its newer spelling share one rule.

import { scoreFor, type Account } from './accounts';
import {
  formatBand,
  formatCluster,
  formatDate,
  formatFlag,
  formatMoney,
  formatOrgSize,
  formatScore,
  type ValueStyle,
} from './formats';
import type { Prng } from './prng';

export interface FileContext {
  style: ValueStyle;
  partnerId: string;
  partnerName: string;
  /** Agreement end dates fall in this year or the next. */
  renewalYear: number;
  /** 0-based data row whose workload list spans two lines, if any. */
  multilineRow?: number;
}

export interface RowContext {
  account: Account;
  rng: Prng;
  row: number;
}

export type ColumnWriter = (row: RowContext) => string;

function fold(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function constant(value: string): ColumnWriter {
  return () => value;
}

function sometimesBlank(share: number, write: ColumnWriter): ColumnWriter {
  return (row) => (row.rng.chance(share) ? '' : write(row));
}

const OFFERS = [
  'Azure Migrate and Modernize',
  'Microsoft 365 Business Premium Promo',
  'Copilot Jumpstart',
  'Dynamics 365 Business Central Launch',
  'Surface Trade-in',
];

const WORKLOADS = [
  'Azure Virtual Machines',
  'Azure SQL Database',
  'Azure App Service',
  'Azure Backup',
  'Azure Virtual Desktop',
  'Azure OpenAI',
  'Azure Kubernetes Service',
];

function workloadList(row: RowContext, multiline: boolean): string {
  const count = row.rng.int(0, 3);
  const picked: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = row.rng.pick(WORKLOADS);
    if (!picked.includes(name)) picked.push(name);
  }
  return picked.join(multiline ? '\n' : ', ');
}

/** Product named by a `<Product>Fit/Intent/Cluster` header, and which of the three it is. */
function scorePart(key: string): { product: string; part: 'fit' | 'intent' | 'cluster' } | null {
  for (const part of ['cluster', 'intent', 'fit'] as const) {
    if (key.endsWith(part) && key.length > part.length) {
      return { product: key.slice(0, -part.length), part };
    }
  }
  return null;
}

function scoreWriter(product: string, part: 'fit' | 'intent' | 'cluster', file: FileContext) {
  return (row: RowContext): string => {
    const score = scoreFor(row.account, product, row.rng);
    if (part === 'cluster') return formatCluster(score.cluster, file.style);
    return formatScore(part === 'fit' ? score.fit : score.intent, file.style);
  };
}

/** Revenue potential grows with company size and propensity; a few accounts have none. */
function potentialWriter(file: FileContext): ColumnWriter {
  return (row) => {
    if (row.rng.chance(0.06)) return '';
    const seats = Math.min(row.account.employees, 1000);
    const dollars = seats * row.rng.int(40, 400) * (0.3 + row.account.propensity);
    const cents = Math.round(dollars) * 100;
    return file.style.potential === 'band' ? formatBand(cents) : formatMoney(cents, file.style);
  };
}

function flagWriter(baseShare: number, file: FileContext): ColumnWriter {
  return (row) => {
    const share = Math.min(0.95, baseShare * (0.5 + row.account.propensity));
    return formatFlag(row.rng.chance(share), file.style);
  };
}

/** Rules for identity and firmographic columns, by folded header. */
function firmographicWriter(key: string, file: FileContext): ColumnWriter | null {
  const { style } = file;
  switch (key) {
    case 'mpnid':
    case 'partneroneid':
      return constant(file.partnerId);
    case 'partnername':
      return constant(file.partnerName);
    case 'customerid':
    case 'customertpid':
    case 'tpid':
      return (row) => row.account.customerId;
    case 'dunsnumber':
      return (row) => row.account.duns;
    case 'accountname':
      return (row) => row.account.name;
    case 'domain':
      return (row) => row.account.domain;
    case 'orgsize':
      return (row) => formatOrgSize(row.account.employees, style);
    case 'industry':
      return (row) => row.account.trade.industry;
    case 'vertical':
      return sometimesBlank(0.04, (row) => row.account.trade.vertical);
    case 'area':
      return (row) => row.account.place.area;
    case 'subsidiary':
      return (row) => row.account.place.subsidiary;
    case 'salesterritory':
      return (row) => `${row.account.place.subsidiary} - SMB`;
    case 'city':
      return (row) => row.account.place.city;
    case 'state':
      return (row) => row.account.place.state;
    case 'postalcode':
      return sometimesBlank(0.02, (row) => row.account.postalCode);
    case 'country':
    case 'countryname':
      return (row) => row.account.place.country;
    case 'segment':
      return constant('SMB');
    case 'subsegment':
    case 'smctypesummary':
    case 'smectypesummary':
      return (row) => row.account.subSegment;
    case 'topunmanagedcomputebase':
      return (row) => formatFlag(row.account.propensity > 0.8, style);
    case 'topunmanageduserbase':
      return (row) => formatFlag(row.account.employees >= 300, style);
    case 'isnonprofit':
      return (row) => {
        const nonprofit = row.account.trade.industry === 'Nonprofit';
        if (style.nonprofit === 'flag') return formatFlag(nonprofit, style);
        return nonprofit ? row.rng.pick(['Nonprofit', 'Approved - Paid', 'Approved - Free Only']) : 'No';
      };
    default:
      return null;
  }
}

/** Rules for the agreement columns of the renewals report. */
function renewalWriter(key: string, file: FileContext): ColumnWriter | null {
  const { style } = file;
  switch (key) {
    case 'agreementid':
      // Open agreements are letter-prefixed; others are fixed-width numbers with leading zeros.
      return (row) => (row.rng.chance(0.4) ? `V${row.rng.digits(7)}` : `0${row.rng.digits(7)}`);
    case 'agreementenddate':
      return (row) =>
        formatDate(
          {
            year: file.renewalYear + row.rng.int(0, 1),
            month: row.rng.int(1, 12),
            day: row.rng.int(1, 28),
          },
          style,
        );
    case 'expiringrevenue':
      return (row) => formatMoney(row.rng.int(300, 180_000) * 100 + row.rng.int(0, 99), style);
    case 'licenseprogram':
      return (row) => row.rng.pick(['Open Value', 'Open', 'CSP', 'MPSA', 'Select Plus']);
    case 'expirationtype':
      return (row) => row.rng.pick(['Expiring', 'Expiring', 'Auto Renewal', 'Cancelled']);
    case 'revsumdivisionname':
      return (row) => row.rng.pick(['Modern Work', 'Azure', 'Business Applications', 'Security']);
    case 'mwcspannualrenewal':
      return sometimesBlank(0.3, (row) =>
        formatDate(
          { year: file.renewalYear, month: row.rng.int(1, 12), day: 1 },
          { ...style, dates: 'monthYear' },
        ),
      );
    default:
      return null;
  }
}

/** Rules for install base, workloads, offers and seat ranges. */
function otherWriter(key: string, file: FileContext): ColumnWriter | null {
  if (/^(winserver|windowsserver).*version$/.test(key)) {
    return (row) => row.rng.pick(['2008 R2', '2012 R2', '2016', '2019', '']);
  }
  if (/^(winserver|windowsserver).*license$/.test(key)) {
    return sometimesBlank(0.4, (row) => String(row.rng.int(1, 40)));
  }
  if (/^numberof.*workloads$/.test(key)) return (row) => String(row.rng.int(0, 6));
  if (key === 'existingworkloads' || key === 'recommendedworkloads') {
    return (row) => workloadList(row, row.row === file.multilineRow);
  }
  if (/^fy\d+offers$/.test(key)) return sometimesBlank(0.6, (row) => row.rng.pick(OFFERS));
  if (key === 'm365paidseatrange') {
    return (row) => row.rng.pick(['1-9', '10-24', '25-49', '50-99', '100-299', '300+']);
  }
  return null;
}

function isRevenuePotential(key: string): boolean {
  return /revenuepotential|potentialrevenue|whitespacerevenue/.test(key);
}

/** How to fill one column. `role` is the documented role, when the layout is documented. */
export function planColumn(header: string, role: string | undefined, file: FileContext) {
  const key = fold(header);

  const known = firmographicWriter(key, file) ?? renewalWriter(key, file) ?? otherWriter(key, file);
  if (known) return known;

  if (isRevenuePotential(key)) return potentialWriter(file);

  const score = role === 'cohort' ? null : scorePart(key);
  if (score) return scoreWriter(score.product, score.part, file);

  if (role === 'cohort') return flagWriter(0.15 + (key.length % 5) * 0.06, file);
  if (/transacted/.test(key)) return flagWriter(0.7, file);
  return flagWriter(0.3, file);
}
