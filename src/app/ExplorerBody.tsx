import { useExplorerDisplay } from '../state/useExplorerDisplay.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { BodyView } from './BodyView.tsx';

/** The explorer's body: the display derived from the selection, clicks that toggle areas. */
export function ExplorerBody() {
  const display = useExplorerDisplay();
  const toggleArea = useSelectionStore((s) => s.toggleArea);
  return <BodyView display={display} onAreaClick={toggleArea} />;
}
