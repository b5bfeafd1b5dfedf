import { useEffect } from 'react';
import { useIsOnline } from './online-status';
import { registerServiceWorker } from './register-service-worker';
import { useStorageStatus } from './use-storage-status';
import './workspace.css';

/** Header status: the Offline badge and where the analyst's work is kept. */
export function WorkspaceStatus() {
  const online = useIsOnline();
  const storage = useStorageStatus();

  useEffect(registerServiceWorker, []);

  return (
    <div className="workspace-status">
      <span aria-live="polite" className="offline-slot">
        {!online && (
          <span className="offline-badge" title="No connection: railwatch works from what it saved on this device">
            Offline
          </span>
        )}
      </span>
      <p role="status" className={storage.remindToExport ? 'storage-status storage-warning' : 'storage-status'}>
        {storage.text}
      </p>
    </div>
  );
}
