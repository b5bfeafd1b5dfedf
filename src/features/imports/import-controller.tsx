import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import type { Sighting } from '../../domain/sighting/sighting-schema';
import type { ShownSightings } from '../../workers/import-protocol';
import { useImportQueue } from './import-store';
import type { ImportOutcome, RunProgress } from './run-import';
import './imports.css';

// The runner (the import worker's client) and the dialogs load with the first file, not with
// the first map (issue 8). run() asks for all three at once, so they arrive in one round trip.
const loadRunner = () => import('./run-import');
const loadProgressDialog = () => import('./import-progress-dialog');
const loadSummaryDialog = () => import('./import-summary-dialog');
const ImportProgressDialog = lazy(() => loadProgressDialog().then((module) => ({ default: module.ImportProgressDialog })));
const ImportSummaryDialog = lazy(() => loadSummaryDialog().then((module) => ({ default: module.ImportSummaryDialog })));

/** Files above this size show their progress at once; smaller ones only if they take a while. */
export const PROGRESS_BYTES = 5 * 1024 * 1024;
const PROGRESS_DELAY_MS = 400;

type Job = { fileName: string; progress: RunProgress; visible: boolean; controller: AbortController };

type Known = Pick<Sighting, 'id' | 'url'>;

/** Plain lists, cheap to build and to send: the worker normalises the links itself. */
function shownOf(sightings: readonly Known[]): ShownSightings {
  const ids: string[] = [];
  const urls: string[] = [];
  for (const sighting of sightings) {
    ids.push(sighting.id);
    if (sighting.url !== undefined) urls.push(sighting.url);
  }
  return { ids, urls };
}

/** Takes a file the worker recognised as a railwatch brief (the app wires in the briefs feature). */
export type BriefFileHandler = (text: string, fileName: string) => Promise<void>;

/**
 * Runs queued imports one at a time and shows their progress and summary. Render once.
 * Brief files go to `onBrief` when given (they report on their own); without it they are refused.
 */
export function ImportController({ sightings, onBrief }: { sightings: readonly Known[]; onBrief?: BriefFileHandler }) {
  const [job, setJob] = useState<Job | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const sightingsRef = useRef(sightings);
  const onBriefRef = useRef(onBrief);
  const busy = useRef(false);
  useEffect(() => {
    sightingsRef.current = sightings;
    onBriefRef.current = onBrief;
  }, [sightings, onBrief]);

  const run = useCallback(async (file: File) => {
    const controller = new AbortController();
    setOutcome(null);
    setJob({ fileName: file.name, progress: { phase: 'reading', percent: 0 }, visible: file.size > PROGRESS_BYTES, controller });
    const timer = setTimeout(() => setJob((current) => (current && current.controller === controller ? { ...current, visible: true } : current)), PROGRESS_DELAY_MS);
    void loadProgressDialog().catch(() => undefined);
    void loadSummaryDialog().catch(() => undefined);
    const result = await loadRunner().then(
      ({ runImport }) =>
        runImport(file, shownOf(sightingsRef.current), {
          signal: controller.signal,
          onProgress: (progress) => setJob((current) => (current && current.controller === controller ? { ...current, progress } : current)),
        }),
      (error: unknown): ImportOutcome => ({
        kind: 'failed',
        fileName: file.name,
        message: `Nothing was stored: railwatch could not load its importer (${error instanceof Error ? error.message : String(error)}). Reload the page and try again.`,
      }),
    );
    clearTimeout(timer);
    setJob(null);
    const handleBrief = onBriefRef.current;
    if (result.kind === 'failed' && result.code === 'is-brief' && handleBrief) {
      try {
        await handleBrief(await file.text(), file.name);
      } catch (error) {
        setOutcome({ kind: 'failed', fileName: file.name, message: `Nothing was stored. ${error instanceof Error ? error.message : String(error)}` });
      }
      return;
    }
    setOutcome(result);
  }, []);

  useEffect(() => {
    const pump = () => {
      if (busy.current) return;
      // Set before take(): take() notifies subscribers, which calls pump again.
      busy.current = true;
      const file = useImportQueue.getState().take();
      if (!file) {
        busy.current = false;
        return;
      }
      void run(file).finally(() => {
        busy.current = false;
        pump();
      });
    };
    return useImportQueue.subscribe(pump);
  }, [run]);

  let dialog: ReactElement | null = null;
  if (job?.visible) dialog = <ImportProgressDialog fileName={job.fileName} progress={job.progress} onCancel={() => job.controller.abort()} />;
  else if (outcome) dialog = <ImportSummaryDialog outcome={outcome} onClose={() => setOutcome(null)} />;
  return dialog && <Suspense fallback={null}>{dialog}</Suspense>;
}
