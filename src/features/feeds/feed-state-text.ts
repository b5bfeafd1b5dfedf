import type { FeedState } from './feed-entry';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

export function formatFetchTime(epochMs: number): string {
  return timeFormat.format(new Date(epochMs));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** One line for the Feeds tab: what the analyst is looking at and whether it is current. */
export function feedStatusText(state: FeedState): string {
  const count = plural(state.sightings.length, 'sighting');
  const skipped = state.skipped > 0 ? `, ${plural(state.skipped, 'feature')} skipped` : '';
  switch (state.status) {
    case 'disabled':
      return 'Off: its sightings are hidden.';
    case 'loading':
      return state.retrying && state.error ? `Loading… the last attempt failed (${state.error}); retrying.` : 'Loading…';
    case 'live':
      return `${count}${skipped}. Updated ${formatFetchTime(state.updatedAt ?? 0)}.`;
    case 'copy':
      return `Could not update (${state.error ?? 'unknown error'}). Showing the copy from ${formatFetchTime(state.updatedAt ?? 0)}: ${count}${skipped}.`;
    case 'error':
      return `Failed: ${state.error ?? 'unknown error'}.`;
  }
}

/** The message the sightings list shows for a feed in trouble, or undefined when it is fine. */
export function feedProblem(state: FeedState): { kind: 'error' | 'note'; text: string } | undefined {
  if (state.status === 'error') return { kind: 'error', text: `${state.entry.name} could not be loaded: ${state.error ?? 'unknown error'}` };
  if (state.status === 'copy') {
    return { kind: 'note', text: `${state.entry.name}: could not update (${state.error ?? 'unknown error'}); showing the copy from ${formatFetchTime(state.updatedAt ?? 0)}.` };
  }
  if (state.status === 'loading' && state.error) return { kind: 'note', text: `${state.entry.name}: the last attempt failed (${state.error}); retrying.` };
  return undefined;
}
