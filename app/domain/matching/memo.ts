/**
 * Caches a pure function of one key. Matching words the same few values (slot lists,
 * language lists, counts, dates) over and over for thousands of candidates, and Intl
 * formatting is by far the slowest part of it. The cache is emptied when full, so its
 * memory stays bounded whatever the input.
 */
export function memoize<K, V>(compute: (key: K) => V, maxEntries = 10_000): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    const cached = cache.get(key);
    if (cached !== undefined || cache.has(key)) return cached as V;
    if (cache.size >= maxEntries) cache.clear();
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/** A cache key for a list of strings (none of the lists matched on contain U+0001). */
export const listKey = (items: readonly string[]) => items.join("\u0001");
