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
