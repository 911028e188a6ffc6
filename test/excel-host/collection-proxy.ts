// Collections (worksheets, tables, columns, notes...): `items` is readable after a load and a
// sync, and load() with item property names ("name", "items/name") loads those of every item.

import { ClientObject, planLoad, type LoadOption } from './client-object';
import { HostError } from './errors';
import type { Outcome } from './engine';

export abstract class CollectionProxy<M, IM, P extends ClientObject<IM>> extends ClientObject<M> {
  private _items: P[] | undefined;

  /** The document objects currently in the collection, in order. */
  abstract _itemModels(model: M): IM[];
  /** A proxy for one item, already bound to its document object. */
  abstract _wrap(item: IM, index: number): P;

  get items(): P[] {
    if (this._items === undefined) {
      throw new HostError(
        'PropertyNotLoaded',
        `The property 'items' is not available. Load the collection and call "context.sync()".`,
      );
    }
    return this._items;
  }

  override load(option?: LoadOption): this {
    const plan = planLoad(option);
    const own = [...plan.props].filter((n) => this._props[n] !== undefined);
    const itemNames = [...plan.props].filter((n) => this._props[n] === undefined && n !== 'items');
    for (const [head, rest] of plan.nav) {
      if (head !== 'items') throw new HostError('NotImplemented', `Loading '${head}/...'.`);
      rest.forEach((r) => (typeof r === 'string' ? itemNames.push(r) : undefined));
    }
    const allItems = plan.all || plan.props.has('items') || itemNames.length === 0;
    this._queue(
      'load',
      (model) => {
        const ownOutcome = own.length > 0 ? this._snapshot(model, own, false) : {};
        const itemModels = this._itemModels(model);
        const proxies = itemModels.map((im, i) => this._wrap(im, i));
        const outcomes: Outcome[] = proxies.map((p, i) => {
          const names = allItems ? defaultNames(p, itemNames) : itemNames;
          return p._snapshot(itemModels[i], names, allItems);
        });
        return {
          response: { own: ownOutcome.response, items: outcomes.map((o) => o.response) },
          cellsRead: outcomes.reduce((sum, o) => sum + (o.cellsRead ?? 0), 0),
          commit: () => {
            ownOutcome.commit?.();
            outcomes.forEach((o) => o.commit?.());
            this._items = proxies;
          },
        };
      },
      {
        args: [...own, ...itemNames],
        onNull: () => ({ commit: () => (this._items = []) }),
      },
    );
    return this;
  }
}

function defaultNames(
  proxy: { _props: Record<string, { get?: unknown }> },
  extra: string[],
): string[] {
  const names = Object.keys(proxy._props).filter((n) => proxy._props[n].get !== undefined);
  return [...new Set([...names, ...extra])];
}
