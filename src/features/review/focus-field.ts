/**
 * Focuses the form control whose label reads `labelText` inside `root`; false when there is
 * none (no sighting selected, or its section still loading). Finding it by its visible label
 * keeps the shortcut working whoever renders the field.
 */
export function focusFieldByLabel(root: ParentNode | null, labelText: string): boolean {
  if (!root) return false;
  for (const label of root.querySelectorAll('label')) {
    if (label.textContent?.trim() !== labelText) continue;
    const control = label.control;
    if (control instanceof HTMLElement) {
      control.focus();
      return true;
    }
  }
  return false;
}
