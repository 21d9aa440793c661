/**
 * Counting words the way a person writes them. Every sentence that puts a number before a noun
 * goes through here, so "1 questions" cannot come back one screen at a time.
 */

/** `1 rejection`, `3 rejections`; an irregular plural is given (`1 person`, `2 people`). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The noun alone, agreeing with `n`: `application` for 1, `applications` otherwise. */
export function nounFor(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** `3 of 10 applications`, `1 of 1 application`: the noun agrees with the whole. */
export function outOf(part: number, whole: number, one?: string, many?: string): string {
  return one === undefined ? `${part} of ${whole}` : `${part} of ${count(whole, one, many)}`;
}

/** `once`, `twice`, `3 times`. */
export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}
