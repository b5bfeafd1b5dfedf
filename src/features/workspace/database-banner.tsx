import { useEffect, useState } from 'react';
import { classifyStorageError, STORAGE_ERROR_MESSAGES, type StorageErrorInfo } from '../../db/classify-storage-error';
import { db } from '../../db/database';

/**
 * Watches the workspace database as a whole: it cannot open (a newer railwatch upgraded it in
 * another tab, or an older tab blocks our upgrade), or another tab upgrades it while this one
 * is open. Each case gets one banner saying what to do; saved work is never at risk.
 */
function useDatabaseProblem(): StorageErrorInfo | null {
  const [problem, setProblem] = useState<StorageErrorInfo | null>(null);

  useEffect(() => {
    const database = db();
    let live = true;
    const report = (info: StorageErrorInfo) => live && setProblem(info);
    const onVersionChange = () => report({ kind: 'version-change', message: STORAGE_ERROR_MESSAGES['version-change'] });
    const onBlocked = () => report({ kind: 'blocked', message: STORAGE_ERROR_MESSAGES.blocked });
    database.on('versionchange', onVersionChange);
    database.on('blocked', onBlocked);
    database.open().catch((error: unknown) => {
      const info = classifyStorageError(error);
      report(
        info.kind === 'unknown'
          ? { kind: 'unknown', message: `The workspace could not be opened, so nothing you do now will be saved. ${info.message}` }
          : info,
      );
    });
    return () => {
      live = false;
      database.on('versionchange').unsubscribe(onVersionChange);
      database.on('blocked').unsubscribe(onBlocked);
    };
  }, []);

  return problem;
}

export function DatabaseBanner() {
  const problem = useDatabaseProblem();
  if (!problem) return null;
  const action = problem.kind === 'blocked' ? 'Try again' : 'Reload railwatch';
  return (
    <div role="alert" className="database-banner">
      <p>{problem.message}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {action}
      </button>
    </div>
  );
}
