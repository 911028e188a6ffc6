// The shape Excel's key/value collections share (Workbook.settings, document and worksheet
// custom properties): items found by key, counted, and added or replaced. Each collection says
// how a key maps to its stored entry; the proxy plumbing is written once here.

import type { ClientObject } from './client-object';
import type { ClientResult } from './client-result';
import { CollectionProxy } from './collection-proxy';

export abstract class KeyedCollectionProxy<
  M,
  IM,
  P extends ClientObject<IM>,
> extends CollectionProxy<M, IM, P> {
  /** A proxy for one item, reached by `path` and bound through `resolve`. */
  abstract _itemProxy(
    path: { method: string; args: unknown[] },
    resolve: () => IM | null,
    orNull?: boolean,
  ): P;
  /** The entry stored under `key`, or null when there is none. */
  abstract _find(model: M, key: string): IM | null;
  abstract _size(model: M): number;
  /** Stores `value` under `key` (checking both as Excel does) and returns the entry. */
  abstract _put(model: M, key: string, value: unknown): IM;

  _wrap(item: IM, index: number): P {
    const proxy = this._itemProxy({ method: 'item', args: [index] }, () => item);
    proxy._preset(item);
    return proxy;
  }

  private _byKey(method: string, key: string, orNull: boolean): P {
    return this._itemProxy(
      { method, args: [key] },
      () => {
        const model = this._resolve();
        return model === null ? null : this._find(model, key);
      },
      orNull,
    );
  }

  getItem(key: string): P {
    return this._byKey('getItem', key, false);
  }

  getItemOrNullObject(key: string): P {
    return this._byKey('getItemOrNullObject', key, true);
  }

  getCount(): ClientResult<number> {
    return this._result('getCount', (model) => this._size(model));
  }

  /** Creates or replaces an item. */
  add(key: string, value: unknown): P {
    const added = this._itemProxy({ method: 'add', args: [key, value] }, () => null);
    this._queue('add', (model) => added._preset(this._put(model, key, value)), {
      args: [key, value],
    });
    return added;
  }
}
