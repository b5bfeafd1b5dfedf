/**
 * One byte per sighting of the whole set (by `positions`), 1 where it is in `shown`; null when
 * every sighting is shown, so the common unfiltered case sends nothing. `shown` is a subset
 * of the whole set (the filters only remove), so the same length means all of it.
 */
export function shownMask<T>(positions: ReadonlyMap<T, number>, total: number, shown: readonly T[]): Uint8Array | null {
  if (shown.length === total) return null;
  const mask = new Uint8Array(total);
  for (const item of shown) {
    const position = positions.get(item);
    if (position !== undefined) mask[position] = 1;
  }
  return mask;
}
