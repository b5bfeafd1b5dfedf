import { MeasureButton } from '../features/measure/measure-button';

/** Global actions in the header; each feature adds its button here. */
export function Toolbar() {
  return (
    <div className="toolbar" role="toolbar" aria-label="Tools">
      <MeasureButton />
    </div>
  );
}
