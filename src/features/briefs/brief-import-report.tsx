import { lazy, Suspense, useCallback } from 'react';
import { db } from '../../db/database';
import { getAnalystName } from '../../db/settings-repository';
import { useBriefImportStore } from './brief-import-store';

// The importer (brief parsing and merge planning) and its report are needed only once a brief
// file arrives, so they stay out of the code the first map waits for.
const BriefImportDialog = lazy(() => import('./brief-import-dialog').then((module) => ({ default: module.BriefImportDialog })));

/**
 * The handler the app gives the import flow for files that are briefs. `shownIds` is read
 * when a file arrives, so the plan sees the sightings shown at that moment.
 */
export function useBriefImportHandler(shownIds: () => ReadonlySet<string>): (text: string, fileName: string) => Promise<void> {
  const show = useBriefImportStore((state) => state.show);
  return useCallback(
    async (text: string, fileName: string) => {
      const { importBriefText } = await import('./import-brief-file');
      const result = await importBriefText(db(), text, fileName, shownIds(), await getAnalystName(db()).catch(() => ''));
      show(result);
    },
    [show, shownIds],
  );
}

/** The report of the last brief import: what was added, what was merged and how. Render once. */
export function BriefImportReport() {
  const result = useBriefImportStore((state) => state.result);
  if (!result) return null;
  return (
    <Suspense
      fallback={
        <p role="status" className="brief-import-report">
          Loading the import report…
        </p>
      }
    >
      <BriefImportDialog result={result} />
    </Suspense>
  );
}
