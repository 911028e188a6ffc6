// Samples must be byte-identical on every run, so every random choice comes from this seeded
// generator and never from Math.random.

/** A small 32-bit generator (xorshift with a multiply step); good enough for fake data. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    // A zero state would make xorshift return zero forever.
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** Next value in [0, 1). */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.state = x;
    // The multiply spreads xorshift's weak low bits over the whole word.
    return (Math.imul(x, 0x2545f491) >>> 0) / 2 ** 32;
  }

  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A string of `length` decimal digits; the first may be zero. */
  digits(length: number): string {
    let text = '';
    for (let i = 0; i < length; i++) text += String(this.int(0, 9));
    return text;
  }

  /** A new generator whose sequence depends on this one's seed and a label. */
  fork(label: string): Prng {
    let hash = this.state;
    for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 16777619);
    return new Prng(hash >>> 0);
  }
}
