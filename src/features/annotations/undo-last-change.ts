import { db } from '../../db/database';
import { undoLast } from '../../db/history-repository';
import type { HistoryRecord } from '../../db/records';
import { getAnalystName } from '../../db/settings-repository';
import { describeAnnotationChange } from '../../domain/workspace/describe-change';

const ENTITY_NAMES: Record<HistoryRecord['entity'], string> = {
  annotation: 'annotation',
  localSighting: 'sighting',
  localFeed: 'imported feed',
  brief: 'brief',
  track: 'track',
  feed: 'feed settings',
};

function announcementFor(entry: HistoryRecord | undefined): string {
  if (!entry) return 'Nothing to undo.';
  if (entry.entity === 'annotation') return `${describeAnnotationChange(entry)}.`;
  return `Undo: ${ENTITY_NAMES[entry.entity]} change reverted.`;
}

/** Undoes the workspace's last change and says what was undone, for the analyst and screen readers. */
export async function undoLastChange(): Promise<string> {
  return announcementFor(await undoLast(db(), await getAnalystName(db())));
}
