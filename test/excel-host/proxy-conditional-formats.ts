// Range.conditionalFormats (ExcelApi 1.6): add(type) for CellValue, ContainsText and Custom,
// with their rule and a fill/font format; items are the formats that touch the range.

import { ClientObject, defineProps, type PropTable } from './client-object';
import type { ClientResult } from './client-result';
import { CollectionProxy } from './collection-proxy';
import { normalizeColor } from './colors';
import { SUPPORTED_TYPES, conditionalFormatsOver } from './conditional-formats';
import { hostError } from './errors';
import type { ConditionalFormatModel } from './model';
import { RangeProxy, rangeProxy } from './proxy-range';
import { assertEditable, rangeRef, type RangeRef } from './range-ref';

const CF_SET = 'ExcelApi 1.6';

function edit(cf: ConditionalFormatModel, change: () => void): void {
  assertEditable(cf.sheet);
  change();
}

const CF_PROPS: PropTable<ConditionalFormatModel> = {
  id: { get: (cf) => cf.id },
  type: { get: (cf) => cf.type },
  stopIfTrue: {
    get: (cf) => cf.stopIfTrue,
    set: (cf, v) => edit(cf, () => (cf.stopIfTrue = v === true)),
  },
  priority: {
    get: (cf) => cf.sheet.conditionalFormats.indexOf(cf),
    set: (cf, v) =>
      edit(cf, () => {
        const list = cf.sheet.conditionalFormats;
        list.splice(list.indexOf(cf), 1);
        list.splice(Math.max(0, Math.min(list.length, Number(v))), 0, cf);
      }),
  },
};

export class ConditionalFormatProxy extends ClientObject<ConditionalFormatModel> {
  get _typeName(): string {
    return 'ConditionalFormat';
  }

  get _props(): PropTable<ConditionalFormatModel> {
    return CF_PROPS;
  }

  get _requires(): string {
    return CF_SET;
  }

  private _typed<P extends ClientObject<ConditionalFormatModel>>(
    name: string,
    type: string,
    orNull: boolean,
    Kind: new (...args: ConstructorParameters<typeof RuleFormatProxy>) => P,
  ): P {
    return this._child(
      name,
      () =>
        new Kind(
          this.context,
          this,
          { method: name, args: [] },
          () => {
            const cf = this._resolve();
            if (cf === null || cf.type === type) return cf;
            if (orNull) return null;
            throw hostError('InvalidOperation', `The conditional format is of type ${cf.type}.`);
          },
          orNull,
        ),
    );
  }

  get textComparison(): RuleFormatProxy {
    return this._typed('textComparison', 'ContainsText', false, RuleFormatProxy);
  }

  get textComparisonOrNullObject(): RuleFormatProxy {
    return this._typed('textComparisonOrNullObject', 'ContainsText', true, RuleFormatProxy);
  }

  get cellValue(): RuleFormatProxy {
    return this._typed('cellValue', 'CellValue', false, RuleFormatProxy);
  }

  get cellValueOrNullObject(): RuleFormatProxy {
    return this._typed('cellValueOrNullObject', 'CellValue', true, RuleFormatProxy);
  }

  get custom(): CustomFormatProxy {
    return this._typed('custom', 'Custom', false, CustomFormatProxy);
  }

  get customOrNullObject(): CustomFormatProxy {
    return this._typed('customOrNullObject', 'Custom', true, CustomFormatProxy);
  }

  getRange(): RangeProxy {
    return rangeProxy(this.context, this, 'getRange', [], () => {
      const cf = this._resolve();
      if (cf === null) return null;
      if (cf.rects.length !== 1)
        throw hostError('InvalidOperation', 'The format spans several areas.');
      return rangeRef(cf.sheet, cf.rects[0]);
    });
  }

  delete(): void {
    this._queue('delete', (cf) =>
      edit(cf, () => {
        cf.deleted = true;
        cf.sheet.conditionalFormats = cf.sheet.conditionalFormats.filter((c) => c !== cf);
      }),
    );
  }
}
defineProps(ConditionalFormatProxy, CF_PROPS);

/** Shared shape of TextConditionalFormat, CellValueConditionalFormat, CustomConditionalFormat. */
const RULE_PROPS: PropTable<ConditionalFormatModel> = {
  rule: {
    get: (cf) => (cf.type === 'ContainsText' ? cf.textRule : cf.cellValueRule),
    set: (cf, v) =>
      edit(cf, () => {
        if (typeof v !== 'object' || v === null)
          throw hostError('InvalidArgument', 'A rule is an object.');
        if (cf.type === 'ContainsText')
          cf.textRule = { ...(v as Excel.ConditionalTextComparisonRule) };
        else cf.cellValueRule = { ...(v as Excel.ConditionalCellValueRule) };
      }),
  },
};

export class RuleFormatProxy extends ClientObject<ConditionalFormatModel> {
  get _typeName(): string {
    return 'ConditionalFormatRuleHolder';
  }

  get _props(): PropTable<ConditionalFormatModel> {
    return RULE_PROPS;
  }

  get _requires(): string {
    return CF_SET;
  }

  get format(): ConditionalRangeFormatProxy {
    return this._facet('format', ConditionalRangeFormatProxy);
  }
}
defineProps(RuleFormatProxy, RULE_PROPS);

/** CustomConditionalFormat: its rule is an object with a formula (`custom.rule.formula = ...`). */
export class CustomFormatProxy extends ClientObject<ConditionalFormatModel> {
  get _typeName(): string {
    return 'CustomConditionalFormat';
  }

  get _props(): PropTable<ConditionalFormatModel> {
    return {};
  }

  get _requires(): string {
    return CF_SET;
  }

  get format(): ConditionalRangeFormatProxy {
    return this._facet('format', ConditionalRangeFormatProxy);
  }

  get rule(): CustomRuleProxy {
    return this._facet('rule', CustomRuleProxy);
  }
}

const CUSTOM_RULE_PROPS: PropTable<ConditionalFormatModel> = {
  formula: { get: (cf) => cf.formula, set: (cf, v) => edit(cf, () => (cf.formula = String(v))) },
  formulaLocal: {
    get: (cf) => cf.formula,
    set: (cf, v) => edit(cf, () => (cf.formula = String(v))),
  },
};

export class CustomRuleProxy extends ClientObject<ConditionalFormatModel> {
  get _typeName(): string {
    return 'ConditionalFormatRule';
  }

  get _props(): PropTable<ConditionalFormatModel> {
    return CUSTOM_RULE_PROPS;
  }
}
defineProps(CustomRuleProxy, CUSTOM_RULE_PROPS);

const CONDITIONAL_FORMAT_PROPS: PropTable<ConditionalFormatModel> = {
  numberFormat: { get: () => null },
};

export class ConditionalRangeFormatProxy extends ClientObject<ConditionalFormatModel> {
  get _typeName(): string {
    return 'ConditionalRangeFormat';
  }

  get _props(): PropTable<ConditionalFormatModel> {
    return CONDITIONAL_FORMAT_PROPS;
  }

  get fill(): ConditionalFillProxy {
    return this._facet('fill', ConditionalFillProxy);
  }

  get font(): ConditionalFontProxy {
    return this._facet('font', ConditionalFontProxy);
  }
}
defineProps(ConditionalRangeFormatProxy, CONDITIONAL_FORMAT_PROPS);

const FILL_PROPS: PropTable<ConditionalFormatModel> = {
  color: { get: (cf) => cf.fill, set: (cf, v) => edit(cf, () => (cf.fill = normalizeColor(v))) },
};

export class ConditionalFillProxy extends ClientObject<ConditionalFormatModel> {
  get _typeName(): string {
    return 'ConditionalRangeFill';
  }

  get _props(): PropTable<ConditionalFormatModel> {
    return FILL_PROPS;
  }

  clear(): void {
    this._queue('clear', (cf) => edit(cf, () => (cf.fill = null)));
  }
}
defineProps(ConditionalFillProxy, FILL_PROPS);

const FONT_PROPS: PropTable<ConditionalFormatModel> = {
  bold: { get: (cf) => cf.bold, set: (cf, v) => edit(cf, () => (cf.bold = v === true)) },
  color: {
    get: (cf) => cf.fontColor,
    set: (cf, v) => edit(cf, () => (cf.fontColor = normalizeColor(v))),
  },
};

export class ConditionalFontProxy extends ClientObject<ConditionalFormatModel> {
  get _typeName(): string {
    return 'ConditionalRangeFont';
  }

  get _props(): PropTable<ConditionalFormatModel> {
    return FONT_PROPS;
  }
}
defineProps(ConditionalFontProxy, FONT_PROPS);

export class ConditionalFormatCollectionProxy extends CollectionProxy<
  RangeRef,
  ConditionalFormatModel,
  ConditionalFormatProxy
> {
  get _typeName(): string {
    return 'ConditionalFormatCollection';
  }

  get _props(): PropTable<RangeRef> {
    return {};
  }

  get _requires(): string {
    return CF_SET;
  }

  _itemModels(ref: RangeRef): ConditionalFormatModel[] {
    return conditionalFormatsOver(ref.sheet, ref.rect);
  }

  _wrap(cf: ConditionalFormatModel, index: number): ConditionalFormatProxy {
    const proxy = new ConditionalFormatProxy(
      this.context,
      this,
      { method: 'item', args: [index] },
      () => cf,
    );
    proxy._preset(cf);
    return proxy;
  }

  getCount(): ClientResult<number> {
    return this._result('getCount', (ref) => conditionalFormatsOver(ref.sheet, ref.rect).length);
  }

  getItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, this, { method: 'getItem', args: [id] }, () => {
      const ref = this._resolve();
      return ref === null
        ? null
        : (ref.sheet.conditionalFormats.find((cf) => cf.id === id) ?? null);
    });
  }

  getItemAt(index: number): ConditionalFormatProxy {
    return new ConditionalFormatProxy(
      this.context,
      this,
      { method: 'getItemAt', args: [index] },
      () => {
        const ref = this._resolve();
        return ref === null ? null : (conditionalFormatsOver(ref.sheet, ref.rect)[index] ?? null);
      },
    );
  }

  /** New formats go on top of the priority list, as in Excel. */
  add(type: string): ConditionalFormatProxy {
    const added = new ConditionalFormatProxy(
      this.context,
      this,
      { method: 'add', args: [type] },
      () => null,
    );
    this._queue(
      'add',
      (ref) => {
        assertEditable(ref.sheet);
        if (!SUPPORTED_TYPES.includes(type))
          throw hostError('NotImplemented', `Conditional format type ${type}.`);
        const book = ref.sheet.book;
        book.conditionalFormatCount += 1;
        const cf: ConditionalFormatModel = {
          id: String(book.conditionalFormatCount),
          sheet: ref.sheet,
          rects: [ref.rect],
          type,
          textRule: null,
          cellValueRule: null,
          formula: '',
          fill: null,
          fontColor: null,
          bold: null,
          stopIfTrue: false,
          deleted: false,
        };
        ref.sheet.conditionalFormats.unshift(cf);
        added._preset(cf);
      },
      { args: [type] },
    );
    return added;
  }

  /** Removes the conditional formats that touch the range (whole formats, not just those cells). */
  clearAll(): void {
    this._queue('clearAll', (ref) => {
      assertEditable(ref.sheet);
      const doomed = new Set(conditionalFormatsOver(ref.sheet, ref.rect));
      doomed.forEach((cf) => (cf.deleted = true));
      ref.sheet.conditionalFormats = ref.sheet.conditionalFormats.filter((cf) => !doomed.has(cf));
    });
  }
}
