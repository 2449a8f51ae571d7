import { useState, type CSSProperties } from 'react';
import { useSelectionStore } from '../state/selectionStore.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';
import { useT } from '../state/i18n.ts';
import { useEmergencyFlags } from '../state/useSafety.ts';
import { AreaPicker } from './AreaPicker.tsx';
import { EmergencyNotice } from './EmergencyNotice.tsx';
import { Notices } from './Notices.tsx';
import { ResultsList } from './ResultsList.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SHEET_STOPS, SheetHandle } from './SheetHandle.tsx';
import { SelectionChips } from './SelectionChips.tsx';
import { TriggerPointDetails } from './TriggerPointDetails.tsx';

/** The panel beside the body: what hurts, what may cause it, and how to release it. */
export function SidePanel({ onShowDisclaimer }: { onShowDisclaimer: () => void }) {
  const t = useT();
  const chosen = useSelectionStore((s) => s.chosen);
  const noBody = !useViewStore(selectBodyAvailable);
  const emergencies = useEmergencyFlags();
  // On a phone the panel is a bottom sheet; its height is ignored on wider screens.
  const [sheet, setSheet] = useState<number>(SHEET_STOPS[1]);
  return (
    <aside
      className="side-panel"
      aria-label={t('panel.label')}
      style={{ '--sheet-height': `${sheet}%` } as CSSProperties}
    >
      <SheetHandle height={sheet} onHeight={setSheet} />
      {/* First thing in the panel, and at the top of the phone sheet: before search and results. */}
      <EmergencyNotice flags={emergencies} compact={chosen !== null} />
      <Notices />
      <div className="panel-top">
        <SearchBox />
      </div>
      <SelectionChips />
      <details className="picker-details" open={noBody || undefined}>
        <summary>{t('picker.summary')}</summary>
        <AreaPicker />
      </details>
      <div className="panel-body">
        {chosen ? (
          <TriggerPointDetails key={`${chosen.id}:${chosen.side}`} chosen={chosen} />
        ) : (
          <ResultsList />
        )}
      </div>
      <footer className="panel-footer">
        <p>
          {t('panel.footer')}{' '}
          <button type="button" className="link-button" onClick={onShowDisclaimer}>
            {t('panel.disclaimer')}
          </button>
        </p>
      </footer>
    </aside>
  );
}
