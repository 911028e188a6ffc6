// The adapter's small pure parts: text written to cells, addresses, chunk sizes, the saved
// state, header cells a table renames, value counts and how errors become messages.

import { AdapterError, toFailure } from '../../src/excel/adapter-error';
import { renamedHeaderCells } from '../../src/excel/apply-plan';
import { cellAddress, columnLetters, coreText, neutralize } from '../../src/excel/cell-text';
import { MAX_CELLS_PER_REQUEST, MAX_PAYLOAD_BYTES } from '../../src/excel/limits';
import { jsonBytes, utf8Length } from '../../src/excel/payload';
import { columnRuns, rowsPerChunk } from '../../src/excel/read-columns';
import { valueCounts } from '../../src/excel/sheet-report';
import { parseState } from '../../src/excel/sheet-state';
import { t } from '../../src/i18n';
import { HostError } from '../excel-host';

describe('neutralize', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+55 11 5555', "'+55 11 5555"],
    ['-10%', "'-10%"],
    ['@mention', "'@mention"],
    ['Act Now for Azure', 'Act Now for Azure'],
    ['A1', 'A1'],
    ['', ''],
  ])('writes %j as %j', (text, written) => {
    expect(neutralize(text)).toBe(written);
  });
});

describe('cell text and addresses', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [12, '12'],
    [true, 'true'],
    ['Yes', 'Yes'],
  ])('core reads %j as %j', (value, text) => expect(coreText(value)).toBe(text));

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('names column %i %s', (index, letters) => expect(columnLetters(index)).toBe(letters));

  it('addresses a cell by its 0-based row and column', () => {
    expect(cellAddress(6, 2)).toBe('C7');
  });
});

describe('payload sizes', () => {
  it('counts UTF-8 bytes of the JSON text', () => {
    expect(utf8Length('São')).toBe(4);
    expect(utf8Length('😀')).toBe(4);
    expect(jsonBytes([['a', 1]])).toBe(9);
  });
});

describe('read chunks', () => {
  it('groups wanted columns into contiguous runs', () => {
    expect(columnRuns([9, 3, 5, 4, 9], 'values')).toEqual([
      { property: 'values', start: 3, length: 3 },
      { property: 'values', start: 9, length: 1 },
    ]);
  });

  it('sizes a chunk to the byte budget or the cell budget, whichever is smaller', () => {
    expect(rowsPerChunk(1000, 10) * 1000).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(rowsPerChunk(1, 120) * 120).toBeLessThanOrEqual(MAX_CELLS_PER_REQUEST);
    expect(rowsPerChunk(1e9, 1)).toBe(1);
  });
});

describe('parseState', () => {
  const valid = {
    version: 1,
    lang: 'en',
    criteria: {},
    headerRow: 0,
    left: 0,
    width: 30,
    rowCount: 100,
    tableCreated: true,
    helpers: ['Priority', 'Segment', 'Why', 'PN Row'],
    formats: [],
    notes: [3],
  };

  it('reads a saved state', () => {
    expect(parseState(JSON.stringify(valid))).toEqual(valid);
  });

  it.each([
    ['nothing saved', undefined, undefined],
    ['an empty value', '', undefined],
    ['broken JSON', '{"version":1', 'corrupt'],
    ['another version', JSON.stringify({ ...valid, version: 2 }), 'corrupt'],
    ['a missing helper', JSON.stringify({ ...valid, helpers: ['Priority'] }), 'corrupt'],
    ['a negative row', JSON.stringify({ ...valid, headerRow: -1 }), 'corrupt'],
  ])('answers %s with %j', (_name, text, expected) => {
    expect(parseState(text)).toBe(expected);
  });
});

describe('renamedHeaderCells', () => {
  it('keeps the original of blank, non-text and repeated header cells', () => {
    expect(renamedHeaderCells(['Name', '', 'name', 2024, 'Country', true])).toEqual([
      null,
      '',
      'name',
      2024,
      null,
      true,
    ]);
  });
});

describe('valueCounts', () => {
  it('counts each displayed value, most frequent first, then alphabetically', () => {
    expect(valueCounts(['Chile', 'Brazil', '', 'Brazil', 'Argentina', 'Chile'])).toEqual([
      { value: 'Brazil', count: 2 },
      { value: 'Chile', count: 2 },
      { value: '', count: 1 },
      { value: 'Argentina', count: 1 },
    ]);
  });
});

describe('toFailure', () => {
  it.each([
    [
      new AdapterError('no-rows', 'excel.error.noRows'),
      'read',
      'no-rows',
      t('en', 'excel.error.noRows'),
    ],
    [new HostError('AccessDenied', 'x'), 'undone', 'protected', t('en', 'excel.error.protected')],
    [
      new HostError('ApiNotFound', 'x'),
      'read',
      'too-old',
      t('en', 'excel.error.tooOld', { code: 'ApiNotFound' }),
    ],
    [
      new HostError('GeneralException', 'x'),
      'read',
      'GeneralException',
      t('en', 'excel.error.readFailed', { code: 'GeneralException' }),
    ],
    [
      new HostError('InvalidArgument', 'x'),
      'undoFailed',
      'undo-failed',
      t('en', 'excel.error.undoFailed', { code: 'InvalidArgument' }),
    ],
    [
      new TypeError('x'),
      'undone',
      'TypeError',
      t('en', 'excel.error.failed', { code: 'TypeError' }),
    ],
  ] as const)('turns %p into a message', (error, context, code, message) => {
    expect(toFailure(error, 'en', context)).toEqual({ ok: false, code, message });
  });
});
