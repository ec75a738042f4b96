/**
 * A map of the most recently set entries, at most `limit`: setting an entry makes it the newest,
 * and past the limit the oldest is let go (a Map keeps insertion order). What the process keeps of
 * recent users, tickets and clients stays bounded whatever the traffic.
 */
export class RecentMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.limit) super.delete(this.keys().next().value!);
    return this;
  }
}
