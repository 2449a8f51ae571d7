import { lazy, Suspense, useEffect, useState } from 'react';
import { Route, Router, Switch } from 'wouter';
import { BodyDescription } from '../ui/BodyDescription.tsx';
import { DisclaimerDialog } from '../ui/Disclaimer.tsx';
import { GraphicsNotice } from '../ui/GraphicsNotice.tsx';
import { HoverTooltip } from '../ui/HoverTooltip.tsx';
import { FigureSwitch } from '../ui/FigureSwitch.tsx';
import { Legend } from '../ui/Legend.tsx';
import { SidePanel } from '../ui/SidePanel.tsx';
import { ViewControls } from '../ui/ViewControls.tsx';
import { useT } from '../state/i18n.ts';
import { useNoticeStore } from '../state/noticeStore.ts';
import { useViewStore } from '../state/viewStore.ts';
import { ExplorerBody } from './ExplorerBody.tsx';
import { navigate, useHashLocation, useHashSearch } from './hashLocation.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ModeNav } from './ModeNav.tsx';
import { SessionPage } from './SessionPage.tsx';
import { useExplorerAddress } from './useExplorerAddress.ts';

// The diary (its store, its schema, its forms) loads when it is first opened.
const DiaryPage = lazy(() => import('./DiaryPage.tsx').then((m) => ({ default: m.DiaryPage })));

/** The whole app: the header, the page of the current route, the About dialog. */
export function App() {
  const t = useT();
  const [disclaimerOpen, setDisclaimerOpen] = useState(false);
  const showDisclaimer = () => setDisclaimerOpen(true);
  return (
    <Router hook={useHashLocation} searchHook={useHashSearch}>
      <div className="app">
        <header className="app-header">
          <h1>
            {t('app.name')}
            <span className="tagline">{t('app.tagline')}</span>
          </h1>
          <ModeNav />
          <LanguageSwitch />
          <button type="button" className="about-button" onClick={showDisclaimer}>
            <span className="narrow-only">{t('app.about.short')}</span>
            <span className="wide-only">{t('app.about')}</span>
          </button>
        </header>
        <Switch>
          <Route path="/">
            <Explorer onShowDisclaimer={showDisclaimer} />
          </Route>
          <Route path="/session">
            <SessionPage />
          </Route>
          <Route path="/diary" nest>
            <Suspense fallback={null}>
              <DiaryPage />
            </Suspense>
          </Route>
          <Route>
            <UnknownPage />
          </Route>
        </Switch>
        <DisclaimerDialog open={disclaimerOpen} onClose={() => setDisclaimerOpen(false)} />
      </div>
    </Router>
  );
}

/** The explorer: the body in the middle, the panel at the side, the view in the address. */
function Explorer({ onShowDisclaimer }: { onShowDisclaimer: () => void }) {
  useExplorerAddress();
  const t = useT();
  // One word for tests and styles: is the body drawn, loading, or unavailable?
  const bodyStatus = useViewStore((s) =>
    s.graphics === 'ready' ? s.model : s.graphics === 'checking' ? 'loading' : s.graphics,
  );
  const moving = useViewStore((s) => s.moving);
  return (
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
      <SidePanel onShowDisclaimer={onShowDisclaimer} />
    </main>
  );
}

/** An address the app does not know: say so, and go to the explorer, keeping nothing lost. */
function UnknownPage() {
  useEffect(() => {
    useNoticeStore.getState().notify('notice.unknownPage');
    navigate('/', { replace: true });
  }, []);
  return null;
}
