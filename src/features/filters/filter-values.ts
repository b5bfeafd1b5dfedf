/** The list with `value` in it (once, at the end) when `on`, without it otherwise. */
export function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  const rest = list.filter((item) => item !== value);
  return on ? [...rest, value] : rest;
}

/** "Within 25 km" style chips are built from the state; this names a feed for them. */
export function feedNameLookup(feeds: readonly { id: string; name: string }[]): (feedId: string) => string | undefined {
  const names = new Map(feeds.map((feed) => [feed.id, feed.name]));
  return (feedId) => names.get(feedId);
}
