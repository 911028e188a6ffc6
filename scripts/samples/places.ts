// Where the fake accounts are. Postal codes are built per country so that the leading zeros of
// US ZIP codes in New England and Brazilian CEPs in São Paulo appear as a partner would see them.

import type { Prng } from './prng';

export interface Place {
  city: string;
  state: string;
  country: string;
  area: string;
  subsidiary: string;
  /** How the country writes its postal codes, given a random source. */
  postalCode: (rng: Prng) => string;
  /** Top-level domain of local companies. */
  tld: string;
  language: 'pt' | 'en' | 'es' | 'de';
}

function cep(prefix: string): (rng: Prng) => string {
  return (rng) => `${prefix}${rng.digits(5 - prefix.length)}-${rng.digits(3)}`;
}

function zip(prefix: string): (rng: Prng) => string {
  return (rng) => `${prefix}${rng.digits(5 - prefix.length)}`;
}

function fixedLength(prefix: string, length: number): (rng: Prng) => string {
  return (rng) => `${prefix}${rng.digits(length - prefix.length)}`;
}

function brazil(city: string, state: string, cepPrefix: string): Place {
  return {
    city,
    state,
    country: 'Brazil',
    area: 'Latin America',
    subsidiary: 'Brazil',
    postalCode: cep(cepPrefix),
    tld: '.com.br',
    language: 'pt',
  };
}

function unitedStates(city: string, state: string, zipPrefix: string): Place {
  return {
    city,
    state,
    country: 'United States',
    area: 'United States',
    subsidiary: 'United States',
    postalCode: zip(zipPrefix),
    tld: '.com',
    language: 'en',
  };
}

export const BRAZIL: readonly Place[] = [
  brazil('São Paulo', 'SP', '013'),
  brazil('São Paulo', 'SP', '045'),
  brazil('Campinas', 'SP', '130'),
  brazil('Ribeirão Preto', 'SP', '140'),
  brazil('São José dos Campos', 'SP', '122'),
  brazil('Rio de Janeiro', 'RJ', '220'),
  brazil('Niterói', 'RJ', '240'),
  brazil('Belo Horizonte', 'MG', '301'),
  brazil('Uberlândia', 'MG', '384'),
  brazil('Curitiba', 'PR', '800'),
  brazil('Maringá', 'PR', '870'),
  brazil('Florianópolis', 'SC', '880'),
  brazil('Joinville', 'SC', '892'),
  brazil('Porto Alegre', 'RS', '900'),
  brazil('Caxias do Sul', 'RS', '950'),
  brazil('Goiânia', 'GO', '740'),
  brazil('Brasília', 'DF', '700'),
  brazil('Salvador', 'BA', '401'),
  brazil('Recife', 'PE', '500'),
  brazil('Fortaleza', 'CE', '601'),
  brazil('Belém', 'PA', '660'),
  brazil('Manaus', 'AM', '690'),
  brazil('Vitória', 'ES', '290'),
  brazil('São Luís', 'MA', '650'),
];

export const UNITED_STATES: readonly Place[] = [
  unitedStates('Boston', 'MA', '021'),
  unitedStates('Worcester', 'MA', '016'),
  unitedStates('Providence', 'RI', '029'),
  unitedStates('Hartford', 'CT', '061'),
  unitedStates('Portland', 'ME', '041'),
  unitedStates('Burlington', 'VT', '054'),
  unitedStates('Newark', 'NJ', '071'),
  unitedStates('Princeton', 'NJ', '085'),
  unitedStates('Buffalo', 'NY', '142'),
  unitedStates('Pittsburgh', 'PA', '152'),
  unitedStates('Charlotte', 'NC', '282'),
  unitedStates('Atlanta', 'GA', '303'),
  unitedStates('Miami', 'FL', '331'),
  unitedStates('Nashville', 'TN', '372'),
  unitedStates('Columbus', 'OH', '432'),
  unitedStates('Chicago', 'IL', '606'),
  unitedStates('Minneapolis', 'MN', '554'),
  unitedStates('Austin', 'TX', '787'),
  unitedStates('Denver', 'CO', '802'),
  unitedStates('Phoenix', 'AZ', '850'),
  unitedStates('Seattle', 'WA', '981'),
  unitedStates('San Jose', 'CA', '951'),
];

export const ELSEWHERE: readonly Place[] = [
  {
    city: 'Lisboa',
    state: 'Lisboa',
    country: 'Portugal',
    area: 'Western Europe',
    subsidiary: 'Portugal',
    postalCode: (rng) => `1${rng.digits(3)}-${rng.digits(3)}`,
    tld: '.pt',
    language: 'pt',
  },
  {
    city: 'Porto',
    state: 'Porto',
    country: 'Portugal',
    area: 'Western Europe',
    subsidiary: 'Portugal',
    postalCode: (rng) => `4${rng.digits(3)}-${rng.digits(3)}`,
    tld: '.pt',
    language: 'pt',
  },
  {
    city: 'Ciudad de México',
    state: 'CDMX',
    country: 'Mexico',
    area: 'Latin America',
    subsidiary: 'Mexico',
    postalCode: fixedLength('0', 5),
    tld: '.com.mx',
    language: 'es',
  },
  {
    city: 'Guadalajara',
    state: 'Jalisco',
    country: 'Mexico',
    area: 'Latin America',
    subsidiary: 'Mexico',
    postalCode: fixedLength('44', 5),
    tld: '.com.mx',
    language: 'es',
  },
  {
    city: 'München',
    state: 'Bayern',
    country: 'Germany',
    area: 'Western Europe',
    subsidiary: 'Germany',
    postalCode: fixedLength('80', 5),
    tld: '.de',
    language: 'de',
  },
  {
    city: 'Dresden',
    state: 'Sachsen',
    country: 'Germany',
    area: 'Western Europe',
    subsidiary: 'Germany',
    postalCode: fixedLength('01', 5),
    tld: '.de',
    language: 'de',
  },
];
