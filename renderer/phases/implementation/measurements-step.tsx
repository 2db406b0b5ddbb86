import { PasteEntry } from './measurements/paste-entry';
import { QuickEntry } from './measurements/quick-entry';
import { Series } from './measurements/series';

/** Implementation step 1: measurements per indicator over time: quick entry, paste, and each series (editable in place). */
export function MeasurementsStep() {
  return (
    <div>
      <QuickEntry />
      <PasteEntry />
      <Series />
    </div>
  );
}
