import { SettingsButton } from '../features/annotations/settings-dialog';
import { UndoControl } from '../features/annotations/undo-control';
import { MeasureButton } from '../features/measure/measure-button';

/** Global actions in the header; each feature adds its button here. */
export function Toolbar() {
  return (
    <div className="toolbar" role="toolbar" aria-label="Tools">
      <MeasureButton />
      <UndoControl />
      <SettingsButton />
    </div>
  );
}
