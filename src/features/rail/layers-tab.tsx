import { useId } from 'react';
import { useLayersStore } from '../../stores/layers-store';
import { OverlayImport } from './overlay-import';
import { OverlayList } from './overlay-list';
import './rail.css';

function Toggle({ label, checked, onChange, note }: { label: string; checked: boolean; onChange: (checked: boolean) => void; note: string }) {
  const noteId = useId();
  return (
    <div className="layer-row">
      <label className="layer-toggle">
        <input type="checkbox" checked={checked} aria-describedby={noteId} onChange={(event) => onChange(event.currentTarget.checked)} />
        {label}
      </label>
      <p id={noteId} className="layer-note">
        {note}
      </p>
    </div>
  );
}

/** The Layers tab: base rail layers, imported OpenStreetMap railways and the online overlay. */
export function LayersTab() {
  const schematicVisible = useLayersStore((state) => state.schematicVisible);
  const stationsVisible = useLayersStore((state) => state.stationsVisible);
  const onlineOverlay = useLayersStore((state) => state.onlineOverlay);
  const setSchematicVisible = useLayersStore((state) => state.setSchematicVisible);
  const setStationsVisible = useLayersStore((state) => state.setStationsVisible);
  const setOnlineOverlay = useLayersStore((state) => state.setOnlineOverlay);

  return (
    <div className="layers-tab">
      <section aria-labelledby="layers-rail-heading">
        <h3 id="layers-rail-heading">Rail network</h3>
        <Toggle
          label="Main rail lines (schematic)"
          checked={schematicVisible}
          onChange={setSchematicVisible}
          note="Schematic: straight lines between stations, not track geometry. Import real railways below for track."
        />
        <Toggle
          label="Stations"
          checked={stationsVisible}
          onChange={setStationsVisible}
          note="Station names in Latin and Cyrillic, shown from zoom 6.5."
        />
      </section>

      <section aria-labelledby="layers-overlays-heading">
        <h3 id="layers-overlays-heading">Imported railways</h3>
        <OverlayImport />
        <OverlayList />
      </section>

      <section aria-labelledby="layers-online-heading">
        <h3 id="layers-online-heading">Online overlay</h3>
        <Toggle
          label="OpenRailwayMap tiles (online)"
          checked={onlineOverlay}
          onChange={setOnlineOverlay}
          note="Off by default. Needs a connection, and while on it sends the area you are viewing to openrailwaymap.org with every tile request."
        />
      </section>
    </div>
  );
}
