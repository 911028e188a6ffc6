// OfficeExtension.ClientResult: a value that becomes readable after the sync that computed it.

import { HostError } from './errors';

export class ClientResult<T> {
  private settled = false;
  private result: T | undefined;

  get value(): T {
    if (!this.settled) {
      throw new HostError('ValueNotLoaded');
    }
    return this.result as T;
  }

  /** Called by the request when it succeeds. */
  settle(value: T): void {
    this.result = value;
    this.settled = true;
  }

  toJSON(): { value: T | undefined } {
    return { value: this.result };
  }
}
