// The proxy contract of Office.js: a proxy names a document object without touching it; load()
// and property writes and method calls only queue work; context.sync() runs the queue in order;
// loaded properties become readable after that sync, and reading any other property throws
// PropertyNotLoaded. Objects returned by methods are usable before the sync that finds them.

import { ClientResult } from './client-result';
import { HostError, hostError } from './errors';
import type { HostEngine, Outcome } from './engine';
import type { HostContext } from './request-context';

export interface PropSpec<M> {
  get?: (model: M, engine: HostEngine) => unknown;
  /** Applies a write; returns the number of cells written for the statistics. */
  set?: (model: M, value: unknown, engine: HostEngine) => unknown;
  /** For cell-level properties: how many cells a read of this property touches. */
  cells?: (model: M) => number;
  /** Requirement set the property needs, e.g. "ExcelApi 1.12". */
  requires?: string;
  /** Documented as unsupported in Excel on the web (loading it fails there). */
  webUnsupported?: boolean;
}

export type PropTable<M> = Record<string, PropSpec<M>>;

export type LoadOption = string | string[] | Record<string, unknown> | undefined;

export interface LoadPlan {
  all: boolean;
  props: Set<string>;
  nav: Map<string, LoadOption[]>;
}

function addPath(plan: LoadPlan, path: string): void {
  const trimmed = path.trim();
  if (trimmed === '') return;
  const slash = trimmed.indexOf('/');
  if (slash < 0) {
    plan.props.add(trimmed);
    return;
  }
  const head = trimmed.slice(0, slash);
  const list = plan.nav.get(head) ?? [];
  list.push(trimmed.slice(slash + 1));
  plan.nav.set(head, list);
}

function addPaths(plan: LoadPlan, option: unknown): void {
  if (typeof option === 'string') option.split(',').forEach((p) => addPath(plan, p));
  else if (Array.isArray(option)) option.forEach((p) => addPaths(plan, p));
}

/** Accepts every load() form Office.js documents: string, string[], {select, expand}, a bag. */
export function planLoad(option: LoadOption): LoadPlan {
  const plan: LoadPlan = { all: false, props: new Set(), nav: new Map() };
  if (option === undefined || option === null) {
    plan.all = true;
  } else if (typeof option === 'string' || Array.isArray(option)) {
    addPaths(plan, option);
  } else if ('select' in option || 'expand' in option) {
    addPaths(plan, option.select);
    addPaths(plan, option.expand);
    if (option.select === undefined) plan.all = true;
  } else {
    for (const [key, value] of Object.entries(option)) {
      if (key === '$all' && value === true) plan.all = true;
      else if (key.startsWith('$')) continue;
      else if (value === true) plan.props.add(key);
      else if (typeof value === 'object' && value !== null) {
        plan.nav.set(key, [...(plan.nav.get(key) ?? []), value as Record<string, unknown>]);
      }
    }
  }
  if (plan.props.size === 0 && plan.nav.size === 0) plan.all = true;
  return plan;
}

interface QueueOptions {
  requires?: string;
  /** Payload that travels with the call (counted towards the 5 MB request limit). */
  args?: unknown[];
}

let nextProxyId = 1;

/** What the request machinery needs from any proxy, whatever document object it stands for. */
export interface ProxyNode {
  readonly context: HostContext;
  readonly _id: number;
  readonly _parent: ProxyNode | null;
  readonly _path: { method: string; args: unknown[] };
  _resolve(): unknown;
  _learnNullness(): void;
  _resolvedToNull(): boolean;
}

/** A proxy that load paths and set() can reach by name. */
interface Reachable {
  load(option?: LoadOption): unknown;
  set(properties: Record<string, unknown>): void;
}

/** Base of every proxy. `M` is the document object the proxy stands for. */
export abstract class ClientObject<M> implements ProxyNode {
  readonly context: HostContext;
  readonly _id = nextProxyId++;
  readonly _parent: ProxyNode | null;
  readonly _path: { method: string; args: unknown[] };
  /** Set for proxies from *OrNullObject methods: nullness is learned by a sync. */
  readonly _orNull: boolean;
  _loaded = new Map<string, unknown>();
  private _model: M | null | undefined;
  private _nullKnown: boolean | undefined;
  private _children = new Map<string, ProxyNode>();
  private readonly _resolver: () => M | null;

  /** Class name used in messages ("Range", "Worksheet"...). */
  abstract get _typeName(): string;
  /** Scalar properties, their reads and writes. */
  abstract get _props(): PropTable<M>;
  /** Requirement set every operation on this object needs (e.g. notes need ExcelApi 1.18). */
  get _requires(): string | undefined {
    return undefined;
  }

  constructor(
    context: HostContext,
    parent: ProxyNode | null,
    path: { method: string; args: unknown[] },
    resolver: () => M | null,
    orNull = false,
  ) {
    this.context = context;
    this._parent = parent;
    this._path = path;
    this._resolver = resolver;
    this._orNull = orNull;
    // Office.js learns nullness of *OrNullObject results with the next sync, used or not.
    if (orNull) this._queue('instantiate', () => undefined, {});
  }

  get isNullObject(): boolean {
    if (!this._orNull) return false;
    if (this._nullKnown === undefined) {
      throw new HostError(
        'PropertyNotLoaded',
        `The property 'isNullObject' is not available. Call "context.sync()" before reading it.`,
      );
    }
    return this._nullKnown;
  }

  /** Resolves the proxy to its document object; runs only while a sync executes. */
  _resolve(): M | null {
    if (this._model === undefined) {
      const model = this._resolver();
      if (model === null && !this._orNull && !this._parentIsNull()) {
        throw hostError('ItemNotFound', `(${this._typeName})`);
      }
      this._model = model;
    }
    if (this._model !== null && (this._model as { deleted?: boolean }).deleted === true) {
      throw hostError('ItemNotFound', `The ${this._typeName} was deleted.`);
    }
    return this._model;
  }

  private _parentIsNull(): boolean {
    for (let p = this._parent; p !== null; p = p._parent) {
      if (p._resolvedToNull()) return true;
    }
    return false;
  }

  _resolvedToNull(): boolean {
    return this._orNull && this._model === null;
  }

  /** For objects created by add(): the document object exists once the add runs. */
  _preset(model: M): void {
    this._model = model;
  }

  /** Called when a request that used this proxy succeeded. */
  _learnNullness(): void {
    if (this._orNull && this._model !== undefined) this._nullKnown = this._model === null;
  }

  /** A child proxy cached under a name, so `range.format` is one object like in Office.js. */
  protected _child<C extends ProxyNode>(name: string, make: () => C): C {
    let child = this._children.get(name);
    if (child === undefined) {
      child = make();
      this._children.set(name, child);
    }
    return child as C;
  }

  /** A child proxy over this object's own document object: its format, fill, rule... */
  protected _facet<C extends ProxyNode>(
    name: string,
    Facet: new (
      context: HostContext,
      parent: ProxyNode,
      path: { method: string; args: unknown[] },
      resolver: () => M | null,
    ) => C,
  ): C {
    return this._child(
      name,
      () => new Facet(this.context, this, { method: name, args: [] }, () => this._resolve()),
    );
  }

  /** Navigation properties reachable through load paths such as "format/fill/color". */
  protected _navigate(name: string): Reachable | undefined {
    const value: unknown = (this as unknown as Record<string, unknown>)[name];
    return value instanceof ClientObject ? (value as Reachable) : undefined;
  }

  load(option?: LoadOption): this {
    const plan = planLoad(option);
    for (const [name, options] of plan.nav) {
      const child = this._navigate(name);
      if (child === undefined) throw hostError('InvalidArgument', `Unknown property '${name}'.`);
      options.forEach((o) => child.load(o));
    }
    for (const name of plan.props) {
      const child = this._props[name] === undefined ? this._navigate(name) : undefined;
      if (child !== undefined) {
        child.load();
        plan.props.delete(name);
      }
    }
    this._queueLoad(plan);
    return this;
  }

  protected _queueLoad(plan: LoadPlan): void {
    if (!plan.all && plan.props.size === 0) return;
    const names = plan.all ? this._defaultLoadNames() : [...plan.props];
    this._queue('load', (model) => this._snapshot(model, names, plan.all), {
      args: names,
      onNull: () => ({ commit: () => names.forEach((n) => this._loaded.set(n, undefined)) }),
    });
  }

  /** Properties load() without arguments fetches: all scalars the platform supports. */
  protected _defaultLoadNames(): string[] {
    return Object.keys(this._props).filter((n) => this._props[n].get !== undefined);
  }

  /** Reads properties from the document; used by load() and by collections for their items. */
  _snapshot(model: M, names: readonly string[], implicit: boolean): Outcome {
    const engine = this.context.engine;
    const values: Record<string, unknown> = {};
    let cellsRead = 0;
    for (const name of names) {
      const spec = this._props[name];
      if (spec?.get === undefined) {
        throw hostError('InvalidArgument', `'${name}' is not a property of ${this._typeName}.`);
      }
      if (spec.requires !== undefined) this.context._requireSet(spec.requires);
      // Loading everything also loads these, which is why notes.load("items") fails on the web.
      if (spec.webUnsupported === true && engine.platform === 'web') {
        const how = implicit ? 'loaded implicitly' : 'loaded';
        throw hostError(
          'ApiNotFound',
          `${this._typeName}.${name} (${how}) is not supported on the web.`,
        );
      }
      const cells = spec.cells?.(model) ?? 0;
      if (cells > engine.limits.cellsPerRead) {
        throw hostError('RangeExceedsLimit', `${cells} cells requested in one read.`);
      }
      cellsRead = Math.max(cellsRead, cells);
      values[name] = spec.get(model, engine);
    }
    return {
      response: values,
      cellsRead,
      commit: () => Object.entries(values).forEach(([k, v]) => this._loaded.set(k, v)),
    };
  }

  /** Getter behind every scalar property. */
  _read(name: string): unknown {
    if (this._loaded.has(name)) return this._loaded.get(name);
    if (this._orNull && this._nullKnown === true) return undefined;
    throw new HostError(
      'PropertyNotLoaded',
      `The property '${name}' is not available. Before reading the property's value, call the ` +
        `load method on the containing object and call "context.sync()" on the associated ` +
        `request context.`,
    );
  }

  /** Setter behind every writable scalar property: keeps the value locally and queues it. */
  _write(name: string, value: unknown): void {
    const spec = this._props[name];
    if (spec?.set === undefined) {
      throw hostError('InvalidArgument', `${this._typeName}.${name} cannot be set.`);
    }
    const setter = spec.set;
    this._loaded.set(name, value);
    this._queue(
      `${name}`,
      (model) => {
        const written = setter(model, value, this.context.engine);
        return { cellsWritten: typeof written === 'number' ? written : 0 };
      },
      {
        requires: spec.requires,
        args: [value],
      },
    );
  }

  /** Queues a method call or property write to run at the next sync. */
  _queue(
    label: string,
    run: (model: M) => unknown,
    options: QueueOptions & { onNull?: () => Outcome } = {},
  ): void {
    this.context._enqueue({
      target: this,
      label: `${this._typeName}.${label}`,
      args: options.args ?? [],
      requires: options.requires ?? this._requires,
      run: (model) => run(model as M) as Outcome | undefined,
      onNull: options.onNull,
    });
  }

  /** Queues a call whose answer comes back as a ClientResult after the sync. */
  _result<T>(label: string, compute: (model: M) => T, options: QueueOptions = {}): ClientResult<T> {
    const result = new ClientResult<T>();
    this._queue(
      label,
      (model) => {
        const value = compute(model);
        return { response: value, commit: () => result.settle(value) };
      },
      options,
    );
    return result;
  }

  /** Arguments that are proxies must belong to the same request context. */
  _own<P extends ProxyNode>(proxy: P): P {
    if (proxy.context !== this.context) {
      throw new HostError('InvalidRequestContext');
    }
    return proxy;
  }

  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      if (this._props[key]?.set !== undefined) this._write(key, value);
      else {
        const child = this._navigate(key);
        if (child === undefined || typeof value !== 'object' || value === null) {
          throw hostError('InvalidArgument', `${this._typeName}.${key} cannot be set.`);
        }
        child.set(value as Record<string, unknown>);
      }
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    this.context._untracked += 1;
    return this;
  }
}

/** Defines the accessors for a proxy class from its property table. */
export function defineProps<M>(target: { prototype: ClientObject<M> }, props: PropTable<M>): void {
  for (const name of Object.keys(props)) {
    Object.defineProperty(target.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: ClientObject<M>) {
        return this._read(name);
      },
      set(this: ClientObject<M>, value: unknown) {
        this._write(name, value);
      },
    });
  }
}
