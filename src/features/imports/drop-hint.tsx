import './imports.css';

/** Shown over the map while a file is dragged onto it. */
export function DropHint() {
  return (
    <div className="drop-hint" aria-hidden="true">
      Drop the file to import it (GeoJSON, CSV, KML, JSON posts)
    </div>
  );
}
