// Excel.RangeAreas, as returned by getMergedAreasOrNullObject (one area per merged block).

import { cellCount, formatAddress, type Rect } from './address';
import { ClientObject, defineProps, type PropTable } from './client-object';
import { CollectionProxy } from './collection-proxy';
import type { SheetModel } from './model';
import { RangeProxy } from './proxy-range';
import { rangeRef, type RangeRef } from './range-ref';

export interface AreasModel {
  sheet: SheetModel;
  rects: Rect[];
  deleted: boolean;
}

const AREAS_PROPS: PropTable<AreasModel> = {
  address: { get: (m) => m.rects.map((r) => formatAddress(m.sheet.name, r)).join(',') },
  areaCount: { get: (m) => m.rects.length },
  cellCount: { get: (m) => m.rects.reduce((sum, r) => sum + cellCount(r), 0) },
};

export class RangeAreasProxy extends ClientObject<AreasModel> {
  get _typeName(): string {
    return 'RangeAreas';
  }

  get _props(): PropTable<AreasModel> {
    return AREAS_PROPS;
  }

  get areas(): RangeCollectionProxy {
    return this._facet('areas', RangeCollectionProxy);
  }
}
defineProps(RangeAreasProxy, AREAS_PROPS);

export class RangeCollectionProxy extends CollectionProxy<AreasModel, RangeRef, RangeProxy> {
  get _typeName(): string {
    return 'RangeCollection';
  }

  get _props(): PropTable<AreasModel> {
    return {};
  }

  _itemModels(model: AreasModel): RangeRef[] {
    return model.rects.map((r) => rangeRef(model.sheet, r));
  }

  _wrap(item: RangeRef, index: number): RangeProxy {
    const proxy = new RangeProxy(this.context, this, { method: 'item', args: [index] }, () => item);
    proxy._preset(item);
    return proxy;
  }
}
