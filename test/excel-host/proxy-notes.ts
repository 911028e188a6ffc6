// Excel.NoteCollection and Excel.Note (ExcelApi 1.18): one note per cell. Without 1.18 every
// call fails with ApiNotFound, as on Excel builds that predate notes.

import { cellCount, formatAddress, parseAddress, type Rect } from './address';
import { ClientObject, defineProps, type PropTable } from './client-object';
import type { ClientResult } from './client-result';
import { CollectionProxy } from './collection-proxy';
import { hostError } from './errors';
import { findSheet, type NoteModel, type SheetModel, type WorkbookModel } from './model';
import { RangeProxy, rangeProxy } from './proxy-range';
import { assertEditable, rangeRef, type RangeRef } from './range-ref';

const NOTES_SET = 'ExcelApi 1.18';

export interface NoteScope {
  book: WorkbookModel;
  sheet: SheetModel | null;
  deleted: boolean;
}

function allNotes(scope: NoteScope): NoteModel[] {
  const sheets = scope.sheet === null ? scope.book.sheets : [scope.sheet];
  return sheets.flatMap((s) => s.notes);
}

function noteAddress(note: NoteModel): string {
  return formatAddress(note.sheet.name, {
    top: note.row,
    bottom: note.row,
    left: note.col,
    right: note.col,
  });
}

function locate(scope: NoteScope, address: string): { sheet: SheetModel; rect: Rect } {
  const parsed = parseAddress(address);
  const named = parsed.sheetName === undefined ? null : findSheet(scope.book, parsed.sheetName);
  if (parsed.sheetName !== undefined && named === null) {
    throw hostError('ItemNotFound', `No sheet named "${parsed.sheetName}".`);
  }
  return { sheet: named ?? scope.sheet ?? scope.book.activeSheet, rect: parsed.rect };
}

function findNote(scope: NoteScope, key: string): NoteModel | null {
  const { sheet, rect } = locate(scope, key);
  return (
    allNotes(scope).find((n) => n.sheet === sheet && n.row === rect.top && n.col === rect.left) ??
    null
  );
}

const NOTE_PROPS: PropTable<NoteModel> = {
  content: {
    get: (n) => n.content,
    set: (n, v) => {
      assertEditable(n.sheet);
      n.content = String(v);
    },
  },
  authorName: { get: (n) => n.authorName },
  // Documented as unsupported in Excel on the web (loading them there fails).
  visible: {
    get: (n) => n.visible,
    set: (n, v) => void (n.visible = v === true),
    webUnsupported: true,
  },
  width: { get: (n) => n.width, set: (n, v) => void (n.width = Number(v)), webUnsupported: true },
  height: {
    get: (n) => n.height,
    set: (n, v) => void (n.height = Number(v)),
    webUnsupported: true,
  },
};

export class NoteProxy extends ClientObject<NoteModel> {
  get _typeName(): string {
    return 'Note';
  }

  get _props(): PropTable<NoteModel> {
    return NOTE_PROPS;
  }

  get _requires(): string {
    return NOTES_SET;
  }

  getLocation(): RangeProxy {
    return rangeProxy(this.context, this, 'getLocation', [], () => {
      const note = this._resolve();
      return note === null
        ? null
        : rangeRef(note.sheet, {
            top: note.row,
            bottom: note.row,
            left: note.col,
            right: note.col,
          });
    });
  }

  delete(): void {
    this._queue('delete', (note) => {
      assertEditable(note.sheet);
      note.deleted = true;
      note.sheet.notes = note.sheet.notes.filter((n) => n !== note);
    });
  }
}
defineProps(NoteProxy, NOTE_PROPS);

export class NoteCollectionProxy extends CollectionProxy<NoteScope, NoteModel, NoteProxy> {
  get _typeName(): string {
    return 'NoteCollection';
  }

  get _props(): PropTable<NoteScope> {
    return {};
  }

  get _requires(): string {
    return NOTES_SET;
  }

  _itemModels(scope: NoteScope): NoteModel[] {
    return allNotes(scope);
  }

  _wrap(note: NoteModel, index: number): NoteProxy {
    const proxy = new NoteProxy(this.context, this, { method: 'item', args: [index] }, () => note);
    proxy._preset(note);
    return proxy;
  }

  getCount(): ClientResult<number> {
    return this._result('getCount', (scope) => allNotes(scope).length);
  }

  getItem(key: string): NoteProxy {
    return new NoteProxy(this.context, this, { method: 'getItem', args: [key] }, () => {
      const scope = this._resolve();
      return scope === null ? null : findNote(scope, key);
    });
  }

  getItemOrNullObject(key: string): NoteProxy {
    return new NoteProxy(
      this.context,
      this,
      { method: 'getItemOrNullObject', args: [key] },
      () => {
        const scope = this._resolve();
        return scope === null ? null : findNote(scope, key);
      },
      true,
    );
  }

  getItemAt(index: number): NoteProxy {
    return new NoteProxy(this.context, this, { method: 'getItemAt', args: [index] }, () => {
      const scope = this._resolve();
      return scope === null ? null : (allNotes(scope)[index] ?? null);
    });
  }

  /** Adds a note to one cell (a Range or an "A1"/"Sheet1!A1" address). */
  add(cellAddress: RangeProxy | string, content: unknown): NoteProxy {
    if (typeof cellAddress !== 'string') this._own(cellAddress);
    const added = new NoteProxy(
      this.context,
      this,
      { method: 'add', args: [cellAddress, content] },
      () => null,
    );
    this._queue(
      'add',
      (scope) => {
        const { sheet, rect } =
          typeof cellAddress === 'string'
            ? locate(scope, cellAddress)
            : (cellAddress._resolve() as RangeRef);
        if (cellCount(rect) !== 1)
          throw hostError('InvalidArgument', 'A note belongs to exactly one cell.');
        assertEditable(sheet);
        if (sheet.notes.some((n) => n.row === rect.top && n.col === rect.left)) {
          throw hostError('ItemAlreadyExists', 'The cell already has a note.');
        }
        scope.book.nextId += 1;
        const note: NoteModel = {
          id: `note-${scope.book.nextId}`,
          sheet,
          row: rect.top,
          col: rect.left,
          content: String(content),
          authorName: this.context.engine.authorName,
          visible: false,
          width: 144,
          height: 79,
          deleted: false,
        };
        sheet.notes.push(note);
        added._preset(note);
      },
      { args: [cellAddress, content] },
    );
    return added;
  }
}

export { noteAddress };
