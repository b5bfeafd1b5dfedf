import { AddSightingPanel } from '../features/own-sightings/add-sighting-panel';
import { ShortcutHelp } from '../features/review/shortcut-help';
import { ThemeToggle } from '../features/theme/theme-toggle';
import { DatabaseBanner } from '../features/workspace/database-banner';
import { NoticeArea } from '../features/workspace/notice-area';
import { WorkspaceStatus } from '../features/workspace/workspace-status';
import { PanelErrorBoundary } from './error-boundary';
import { MapLegend } from './map-legend';
import { MapPanel } from './map-panel';
import { Toolbar } from './toolbar';
import { useRestoreFromUrl } from './use-permalink';
import { Workspace } from './workspace';
import './app.css';

export function App() {
  // Before anything renders: a permalink's filters and selection are in the stores from the start.
  useRestoreFromUrl();
  return (
    <div className="app-shell">
      <header className="app-header">
        <h1>
          rail<span>watch</span>
        </h1>
        <p className="tagline">Military rail movements near the Belarus–Ukraine border, from open sources</p>
        <PanelErrorBoundary name="workspace status">
          <WorkspaceStatus />
        </PanelErrorBoundary>
        <PanelErrorBoundary name="toolbar">
          <Toolbar />
        </PanelErrorBoundary>
        <PanelErrorBoundary name="view settings">
          <div className="view-settings">
            <ShortcutHelp />
            <ThemeToggle />
          </div>
        </PanelErrorBoundary>
      </header>
      <main className="app-main">
        <MapPanel
          overlay={
            <>
              <PanelErrorBoundary name="legend">
                <MapLegend />
              </PanelErrorBoundary>
              <PanelErrorBoundary name="add sighting">
                <AddSightingPanel />
              </PanelErrorBoundary>
            </>
          }
        >
          {/* The outer net for the workspace's own hooks; its panels have their own boundaries. */}
          <PanelErrorBoundary name="workspace">
            <Workspace />
          </PanelErrorBoundary>
        </MapPanel>
      </main>
      <NoticeArea />
      <DatabaseBanner />
    </div>
  );
}
