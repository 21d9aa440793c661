export interface PageRequest {
  limit: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  /** The offset of the next page, or null on the last page. */
  nextOffset: number | null;
}

/** Builds a page from rows fetched with `limit + 1`, the extra row telling whether more exist. */
export function pageOf<T>(rows: T[], request: PageRequest): Page<T> {
  const hasMore = rows.length > request.limit;
  return {
    items: hasMore ? rows.slice(0, request.limit) : rows,
    nextOffset: hasMore ? request.offset + request.limit : null,
  };
}
