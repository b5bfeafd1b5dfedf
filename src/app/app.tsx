import { AddSightingPanel } from '../features/own-sightings/add-sighting-panel';
import { DatabaseBanner } from '../features/workspace/database-banner';
import { NoticeArea } from '../features/workspace/notice-area';
import { WorkspaceStatus } from '../features/workspace/workspace-status';
import { MapLegend } from './map-legend';
import { MapPanel } from './map-panel';
import { Toolbar } from './toolbar';
import { Workspace } from './workspace';
import './app.css';

export function App() {
  return (
    <div className="app-shell">
      <header className="app-header">
        <h1>
          rail<span>watch</span>
        </h1>
        <p className="tagline">Military rail movements near the Belarus–Ukraine border, from open sources</p>
        <WorkspaceStatus />
        <Toolbar />
      </header>
      <main className="app-main">
        <MapPanel
          overlay={
            <>
              <MapLegend />
              <AddSightingPanel />
            </>
          }
        >
          <Workspace />
        </MapPanel>
      </main>
      <NoticeArea />
      <DatabaseBanner />
    </div>
  );
}
