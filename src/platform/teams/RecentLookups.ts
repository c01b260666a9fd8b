/**
 * Remembers which users' Teams member info was looked up recently, so a user who is not in the
 * organisation model does not cost a Bot Connector round trip on every message.
 */
export class RecentLookups {
  private readonly at = new Map<string, number>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly max = 10_000,
  ) {}

  /** True (and remembered) when `key` was not looked up within the TTL. */
  shouldLookup(key: string, now = Date.now()): boolean {
    const last = this.at.get(key);
    if (last !== undefined && now - last < this.ttlMs) return false;
    if (this.at.size >= this.max) this.at.delete(this.at.keys().next().value as string);
    this.at.delete(key);
    this.at.set(key, now);
    return true;
  }
}
