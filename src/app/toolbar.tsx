import { SettingsButton } from '../features/annotations/settings-dialog';
import { ImportButton } from '../features/imports/import-button';
import { UndoControl } from '../features/annotations/undo-control';
import { MeasureButton } from '../features/measure/measure-button';
import { AddSightingButton } from '../features/own-sightings/add-sighting-button';

/** Global actions in the header; each feature adds its button here. */
export function Toolbar() {
  return (
    <div className="toolbar" role="toolbar" aria-label="Tools">
      <AddSightingButton />
      <ImportButton />
      <MeasureButton />
      <UndoControl />
      <SettingsButton />
    </div>
  );
}
