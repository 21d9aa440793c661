/**
 * Caches work derived from context arrays (fact stems, company indexes, shingles of earlier
 * messages). The composer passes the same context object on every keystroke, so the work is done
 * once per context, not once per check; a new array simply gets a new entry.
 */
export function memoByArray<K extends object, V>(
  cache: WeakMap<K, V>,
  key: K,
  compute: () => V,
): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/**
 * Remembers a pure function of one word: across keystrokes almost every word is one already
 * seen. Bounded, so a long session cannot grow it without limit; the oldest entries go first.
 */
export function memoizeWord<T>(fn: (word: string) => T, max = 20_000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    const value = fn(word);
    if (cache.size >= max) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    cache.set(word, value);
    return value;
  };
}
