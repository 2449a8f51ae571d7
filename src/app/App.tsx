import { useState } from 'react';
import { BodyDescription } from '../ui/BodyDescription.tsx';
import { DisclaimerDialog } from '../ui/Disclaimer.tsx';
import { GraphicsNotice } from '../ui/GraphicsNotice.tsx';
import { HoverTooltip } from '../ui/HoverTooltip.tsx';
import { FigureSwitch } from '../ui/FigureSwitch.tsx';
import { Legend } from '../ui/Legend.tsx';
import { SidePanel } from '../ui/SidePanel.tsx';
import { ViewControls } from '../ui/ViewControls.tsx';
import { useT } from '../state/i18n.ts';
import { useViewStore } from '../state/viewStore.ts';
import { ExplorerBody } from './ExplorerBody.tsx';
import { useUrlSync } from './useUrlSync.ts';

/** The whole screen: the body in the middle, the panel at the side. */
export function App() {
  useUrlSync();
  const t = useT();
  const [disclaimerOpen, setDisclaimerOpen] = useState(false);
  // One word for tests and styles: is the body drawn, loading, or unavailable?
  const bodyStatus = useViewStore((s) =>
    s.graphics === 'ready' ? s.model : s.graphics === 'checking' ? 'loading' : s.graphics,
  );
  const moving = useViewStore((s) => s.moving);
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          {t('app.name')}
          <span className="tagline">{t('app.tagline')}</span>
        </h1>
        <button type="button" className="about-button" onClick={() => setDisclaimerOpen(true)}>
          <span className="narrow-only">{t('app.about.short')}</span>
          <span className="wide-only">{t('app.about')}</span>
        </button>
      </header>
      <main className="app-main">
        <section
          className="viewport"
          aria-label={t('body.label')}
          data-body-status={bodyStatus}
          data-camera={moving ? 'moving' : 'rest'}
        >
          <ExplorerBody />
          <BodyDescription />
          <GraphicsNotice />
          <ViewControls />
          <Legend />
          <FigureSwitch />
          <HoverTooltip />
        </section>
        <SidePanel onShowDisclaimer={() => setDisclaimerOpen(true)} />
      </main>
      <DisclaimerDialog open={disclaimerOpen} onClose={() => setDisclaimerOpen(false)} />
    </div>
  );
}
