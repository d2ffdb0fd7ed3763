/** A seeded random source (mulberry32), so every generated program can be made again from its seed. */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1), like `Math.random()`. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Calls one of `makers`, so each alternative is only built when chosen. */
  oneOf<T>(makers: readonly (() => T)[]): T {
    return this.pick(makers)();
  }

  /** A random subset, in random order, of `min` to `max` items. */
  some<T>(items: readonly T[], max = items.length, min = 0): T[] {
    return this.shuffle(items).slice(0, this.int(Math.min(min, items.length), Math.min(max, items.length)));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** Runs `body` with `Math.random` drawn from this source, for libraries that take no seed (eslump). */
  drive<T>(body: () => T): T {
    const original = Math.random;
    Math.random = () => this.next();
    try {
      return body();
    } finally {
      Math.random = original;
    }
  }
}
