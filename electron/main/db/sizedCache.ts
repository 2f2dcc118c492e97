/**
 * A cache bounded by the total size of what it holds, least recently used out first. A Map iterates
 * in insertion order, so a hit moves its entry last and eviction walks from the front.
 */
export class SizedCache<V> {
  private readonly entries = new Map<string, V>();
  private total = 0;

  constructor(
    private readonly budget: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  /** The value, now the most recently used; undefined when not held. */
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Keeps a value not held yet, then drops the oldest past the budget (never the last one left). */
  add(key: string, value: V): void {
    if (this.entries.has(key)) return;
    this.entries.set(key, value);
    this.total += this.sizeOf(value);
    for (const [oldKey, old] of this.entries) {
      if (this.total <= this.budget || this.entries.size <= 1) break;
      this.entries.delete(oldKey);
      this.total -= this.sizeOf(old);
    }
  }

  /** Drops a value (nothing if not held). */
  delete(key: string): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.entries.delete(key);
    this.total -= this.sizeOf(value);
  }
}
