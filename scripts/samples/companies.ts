// Company names by language. Accents, ampersands, commas, quotes and the odd name that starts
// with `+` or `@` are deliberate: they are what breaks naive CSV and spreadsheet code.

import type { Prng } from './prng';
import type { Place } from './places';

export interface Trade {
  industry: string;
  vertical: string;
}

const TRADES: Record<string, Trade> = {
  bakery: { industry: 'Retail', vertical: 'Food & Beverage Retail' },
  building: { industry: 'Construction', vertical: 'Residential Construction' },
  pharmacy: { industry: 'Health', vertical: 'Pharmacies' },
  transport: { industry: 'Transportation', vertical: 'Freight & Logistics' },
  dental: { industry: 'Health', vertical: 'Dental Practices' },
  farming: { industry: 'Agriculture', vertical: 'Crop & Livestock' },
  school: { industry: 'Education', vertical: 'Vocational Schools' },
  metal: { industry: 'Manufacturing', vertical: 'Metal Fabrication' },
  clothing: { industry: 'Manufacturing', vertical: 'Apparel' },
  wholesale: { industry: 'Wholesale', vertical: 'Distribution' },
  accounting: { industry: 'Professional Services', vertical: 'Accounting' },
  law: { industry: 'Professional Services', vertical: 'Legal Services' },
  hotel: { industry: 'Hospitality', vertical: 'Hotels' },
  realty: { industry: 'Real Estate', vertical: 'Property Management' },
  printing: { industry: 'Manufacturing', vertical: 'Printing' },
  dairy: { industry: 'Manufacturing', vertical: 'Food Processing' },
  software: { industry: 'Technology', vertical: 'Software Services' },
  nonprofit: { industry: 'Nonprofit', vertical: 'Social Services' },
};

type TradeName = keyof typeof TRADES;

const PORTUGUESE_TRADES: readonly [string, TradeName][] = [
  ['Padaria', 'bakery'],
  ['Construtora', 'building'],
  ['Farmácia', 'pharmacy'],
  ['Transportes', 'transport'],
  ['Clínica Odontológica', 'dental'],
  ['Agropecuária', 'farming'],
  ['Escola Técnica', 'school'],
  ['Metalúrgica', 'metal'],
  ['Confecções', 'clothing'],
  ['Distribuidora', 'wholesale'],
  ['Contabilidade', 'accounting'],
  ['Advocacia', 'law'],
  ['Hotel', 'hotel'],
  ['Imobiliária', 'realty'],
  ['Gráfica', 'printing'],
  ['Laticínios', 'dairy'],
  ['Soluções em TI', 'software'],
  ['Associação Beneficente', 'nonprofit'],
];

const PORTUGUESE_NAMES = [
  'São João',
  'Araújo',
  'Boa Vista',
  'Conceição',
  'Ipê Amarelo',
  'Três Irmãos',
  'Vitória',
  'Paraíso',
  'Horizonte',
  'Irmãos Gonçalves',
  'Pinheiro',
  'Mãe Terra',
  'Cristal',
  'Estrela do Sul',
  'Açaí Norte',
  'Jequitibá',
  'Guimarães',
  'Monte Sião',
  'Itapuã',
  'Coração de Jesus',
];

const PORTUGUESE_SUFFIXES = ['Ltda', 'Ltda.', 'S.A.', 'ME', 'EIRELI', 'Ltda - ME'];

const ENGLISH_TRADES: readonly [string, TradeName][] = [
  ['Bakery', 'bakery'],
  ['Builders', 'building'],
  ['Pharmacy', 'pharmacy'],
  ['Logistics', 'transport'],
  ['Dental Group', 'dental'],
  ['Farms', 'farming'],
  ['Technical Institute', 'school'],
  ['Fabrication', 'metal'],
  ['Apparel', 'clothing'],
  ['Supply', 'wholesale'],
  ['CPAs', 'accounting'],
  ['Law Offices', 'law'],
  ['Inn', 'hotel'],
  ['Realty', 'realty'],
  ['Print Shop', 'printing'],
  ['Creamery', 'dairy'],
  ['IT Services', 'software'],
  ['Community Foundation', 'nonprofit'],
];

const ENGLISH_NAMES = [
  'Harbor',
  'Summit',
  'Bluegrass',
  'Pinecrest',
  'Lakeside',
  'Redwood',
  'Maple Street',
  'Granite State',
  'Cedar Ridge',
  'Liberty',
  'Riverbend',
  'Keystone',
  "O'Connor",
  'Nguyen',
  'Okafor',
  'Delgado',
];

const ENGLISH_SUFFIXES = ['Inc.', 'LLC', 'Co.', 'Corp.', 'Inc', 'L.L.C.'];

const SPANISH = {
  trades: [
    ['Panadería', 'bakery'],
    ['Constructora', 'building'],
    ['Farmacia', 'pharmacy'],
    ['Transportes', 'transport'],
    ['Distribuidora', 'wholesale'],
    ['Despacho Contable', 'accounting'],
  ] as readonly [string, TradeName][],
  names: ['Peña', 'Los Álamos', 'Niño Héroe', 'Ibáñez', 'Montaña Azul'],
  suffixes: ['S.A. de C.V.', 'S. de R.L.', 'S.C.'],
};

const GERMAN = {
  trades: [
    ['Bäckerei', 'bakery'],
    ['Maschinenbau', 'metal'],
    ['Spedition', 'transport'],
    ['Steuerberatung', 'accounting'],
    ['Zahnarztpraxis', 'dental'],
  ] as readonly [string, TradeName][],
  names: ['Müller', 'Weiß', 'Schäfer', 'Großmann', 'Köhler'],
  suffixes: ['GmbH', 'GmbH & Co. KG', 'e.K.'],
};

/** Names that begin like a spreadsheet formula; real businesses are called this. */
const FORMULA_LIKE_NAMES: readonly [string, TradeName][] = [
  ['+Vida Farmácias Ltda', 'pharmacy'],
  ['@Home Móveis Planejados ME', 'realty'],
  ['=Igual Contabilidade S.A.', 'accounting'],
  ['-Zero- Logística Reversa Ltda', 'transport'],
];

export interface Company {
  name: string;
  trade: Trade;
  /** A lower-case word for the domain name. */
  slug: string;
}

function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function compose(
  rng: Prng,
  trades: readonly [string, TradeName][],
  names: readonly string[],
  suffixes: readonly string[],
  tradeFirst: boolean,
): Company {
  const [tradeWord, tradeName] = rng.pick(trades);
  const name = rng.pick(names);
  const suffix = rng.pick(suffixes);
  const body = tradeFirst ? `${tradeWord} ${name}` : `${name} ${tradeWord}`;
  return { name: `${body} ${suffix}`, trade: TRADES[tradeName] as Trade, slug: slugOf(name) };
}

/** Occasional shapes that need quoting in CSV: commas and double quotes inside the name. */
function decorate(rng: Prng, company: Company, language: Place['language']): Company {
  const roll = rng.next();
  if (roll < 0.04 && language === 'pt') {
    return { ...company, name: `Silva, Souza & Cia. ${company.name.split(' ').pop() ?? ''}` };
  }
  if (roll < 0.07) {
    const [first, ...rest] = company.name.split(' ');
    return { ...company, name: `${first} "${rest.slice(0, -1).join(' ')}" ${rest.slice(-1)}` };
  }
  if (roll < 0.09 && language === 'en') {
    return { ...company, name: company.name.replace(/ (\S+)$/, ', $1') };
  }
  return company;
}

export function makeCompany(rng: Prng, place: Place, allowFormulaLike: boolean): Company {
  if (allowFormulaLike && rng.chance(0.015)) {
    const [name, tradeName] = rng.pick(FORMULA_LIKE_NAMES);
    return { name, trade: TRADES[tradeName] as Trade, slug: slugOf(name) };
  }
  let company: Company;
  switch (place.language) {
    case 'pt':
      company = compose(rng, PORTUGUESE_TRADES, PORTUGUESE_NAMES, PORTUGUESE_SUFFIXES, true);
      break;
    case 'es':
      company = compose(rng, SPANISH.trades, SPANISH.names, SPANISH.suffixes, true);
      break;
    case 'de':
      company = compose(rng, GERMAN.trades, GERMAN.names, GERMAN.suffixes, false);
      break;
    default:
      company = compose(rng, ENGLISH_TRADES, ENGLISH_NAMES, ENGLISH_SUFFIXES, false);
  }
  return decorate(rng, company, place.language);
}
