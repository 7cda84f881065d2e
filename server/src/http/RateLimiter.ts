/**
 * A fixed-window counter per key (an address): cheap, and enough to stop one client from creating
 * sessions in a loop. Windows of keys that went quiet are dropped on the next check.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True if `key` may act now (and counts the act). */
  take(key: string): boolean {
    const now = this.now();
    if (this.windows.size > 10_000) {
      for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
    }
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      return this.limit > 0;
    }
    window.count++;
    return window.count <= this.limit;
  }
}
