import { useEffect, useState, type ReactNode } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { AreaBoundary } from '../ui/AreaBoundary.tsx';
import { BodyDescription } from '../ui/BodyDescription.tsx';
import { DisclaimerDialog } from '../ui/Disclaimer.tsx';
import { GraphicsNotice } from '../ui/GraphicsNotice.tsx';
import { HoverTooltip } from '../ui/HoverTooltip.tsx';
import { FigureSwitch } from '../ui/FigureSwitch.tsx';
import { Legend, legendFor } from '../ui/Legend.tsx';
import { SidePanel } from '../ui/SidePanel.tsx';
import { UpdatePrompt } from '../ui/UpdatePrompt.tsx';
import { ViewControls } from '../ui/ViewControls.tsx';
import { useT } from '../state/i18n.ts';
import { useNoticeStore } from '../state/noticeStore.ts';
import { useExplorerDisplay } from '../state/useExplorerDisplay.ts';
import { useViewStore } from '../state/viewStore.ts';
import { BodyArea, PanelArea } from './Areas.tsx';
import { ExplorerBody } from './ExplorerBody.tsx';
import { currentSearch, navigate, useHashLocation, useHashSearch } from './hashLocation.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ModeNav } from './ModeNav.tsx';
import { LazyPage } from './LazyPage.tsx';
import { useBodyStatus } from './useBodyStatus.ts';
import { useExplorerAddress } from './useExplorerAddress.ts';

/** The whole app: the header, the page of the current route, the About dialog. */
export function App() {
  const t = useT();
  const [disclaimerOpen, setDisclaimerOpen] = useState(false);
  const showDisclaimer = () => setDisclaimerOpen(true);
  // The present view is the client's screen: no header, nothing to edit or navigate away to.
  const [path] = useHashLocation();
  const presenting = path === '/session/present';
  return (
    <Router hook={useHashLocation} searchHook={useHashSearch}>
      <div className={presenting ? 'app presenting' : 'app'}>
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
        <Page>
          <Switch>
            <Route path="/">
              <Explorer onShowDisclaimer={showDisclaimer} />
            </Route>
            <Route path="/plan">
              <LazyPage page="plan" />
            </Route>
            <Route path="/session/present">
              <LazyPage page="present" />
            </Route>
            <Route path="/session">
              <LazyPage page="session" />
            </Route>
            <Route path="/learn">
              <LazyPage page="learn" />
            </Route>
            <Route path="/learn/quiz">
              <LazyPage page="quiz" />
            </Route>
            <Route path="/learn/region/:region">
              <LazyPage page="region" />
            </Route>
            <Route path="/diary" nest>
              <LazyPage page="diary" />
            </Route>
            <Route>
              <UnknownPage />
            </Route>
          </Switch>
        </Page>
        <DisclaimerDialog open={disclaimerOpen} onClose={() => setDisclaimerOpen(false)} />
        {!presenting && <UpdatePrompt />}
      </div>
    </Router>
  );
}

/**
 * Whatever page the route shows fails on its own, below the header: the mode navigation and the
 * About dialog stay usable, and going to another page tries again.
 */
function Page({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return (
    <AreaBoundary area="page" resetKey={location}>
      {children}
    </AreaBoundary>
  );
}

/** The explorer: the body in the middle, the panel at the side, the view in the address. */
function Explorer({ onShowDisclaimer }: { onShowDisclaimer: () => void }) {
  useExplorerAddress();
  const t = useT();
  // One word for tests and styles: is the body drawn, loading, or unavailable?
  const bodyStatus = useBodyStatus();
  const moving = useViewStore((s) => s.moving);
  return (
    <main className="app-main">
      <section
        className="viewport"
        aria-label={t('body.label')}
        data-body-status={bodyStatus}
        data-camera={moving ? 'moving' : 'rest'}
      >
        <BodyArea>
          <ExplorerBody />
          <BodyDescription />
          <GraphicsNotice />
          <ViewControls />
          <ExplorerLegend />
          <FigureSwitch />
          <HoverTooltip />
        </BodyArea>
      </section>
      <PanelArea>
        <SidePanel onShowDisclaimer={onShowDisclaimer} />
      </PanelArea>
    </main>
  );
}

/** The explorer's legend, apart so that only it re-renders as the body changes. */
function ExplorerLegend() {
  return <Legend entries={legendFor(useExplorerDisplay())} />;
}

/**
 * An address the app does not know: say so, and go to the explorer with the link's query, which
 * it reads as far as it can (and says what it could not use), so nothing is silently lost.
 */
function UnknownPage() {
  useEffect(() => {
    useNoticeStore.getState().notify('notice.unknownPage');
    const search = currentSearch();
    navigate(search ? `/?${search}` : '/', { replace: true });
  }, []);
  return null;
}
