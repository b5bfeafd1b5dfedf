// Sighting-id lists (in briefs and tracks) keep the analyst's order and never repeat an id.

export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

export function withId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? [...ids] : [...ids, id];
}

export function withoutId(ids: readonly string[], id: string): string[] {
  return ids.filter((x) => x !== id);
}
