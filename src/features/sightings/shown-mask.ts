/**
 * One byte per sighting of the whole set, 1 at each of the `shown` positions; null when every
 * sighting is shown, so the common unfiltered case sends nothing. `shown` holds distinct
 * positions below `total` (the filters only remove), so as many as `total` means all.
 */
export function shownMask(total: number, shown: Uint32Array): Uint8Array | null {
  if (shown.length === total) return null;
  const mask = new Uint8Array(total);
  for (const position of shown) mask[position] = 1;
  return mask;
}
