import { useEffect, useMemo } from 'react';
import { useParams, useSearch } from 'wouter';
import { isFigure } from '../domain/anatomy/build.ts';
import { regionStudy, regionStudyDisplay } from '../domain/regionStudy.ts';
import { isRegionId, isSide, type Side } from '../domain/regions.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { useAtlasWords, useT } from '../state/i18n.ts';
import { useNoticeStore } from '../state/noticeStore.ts';
import { useViewStore } from '../state/viewStore.ts';
import { FigureSwitch } from '../ui/FigureSwitch.tsx';
import { GraphicsNotice } from '../ui/GraphicsNotice.tsx';
import { Legend, legendFor } from '../ui/Legend.tsx';
import { regionHref } from '../ui/PatternAreas.tsx';
import { RegionPanel } from '../ui/RegionPanel.tsx';
import { ViewControls } from '../ui/ViewControls.tsx';
import '../ui/findings.css';
import '../ui/learn.css';
import { navigate } from './hashLocation.ts';
import { BodyView } from './BodyView.tsx';
import { useBodyStatus } from './useBodyStatus.ts';

/**
 * A region's page (`#/learn/region/temple?side=right`): every muscle that may refer pain to the
 * area, main pain first, in the ranking's order, with an X on the body at each of their trigger
 * points. A link naming an area the atlas does not have says so and shows the atlas.
 */
/** The region page of the route `/learn/region/:region`. */
export function RegionRoute() {
  const { region = '' } = useParams<{ region: string }>();
  return <RegionPage region={region} />;
}

export function RegionPage({ region }: { region: string }) {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const search = useSearch();
  const params = new URLSearchParams(search);
  const asked = params.get('side') ?? '';
  const side: Side = isSide(asked) ? asked : 'left';
  const figure = params.get('body');
  const known = isRegionId(region);
  const bodyStatus = useBodyStatus();
  const moving = useViewStore((s) => s.moving);

  useEffect(() => {
    if (known) return;
    useNoticeStore.getState().notify('notice.regionUnknown', { value: region.slice(0, 40) });
    navigate('/learn', { replace: true });
  }, [known, region]);
  useEffect(() => {
    if (figure && isFigure(figure)) useViewStore.getState().setFigure(figure);
  }, [figure]);
  useEffect(() => {
    if (isRegionId(region)) useViewStore.getState().focusArea({ region, side });
  }, [region, side]);

  const study = useMemo(
    () => (isRegionId(region) ? regionStudy(index.atlas, { region, side }) : null),
    [index, region, side],
  );
  const display = useMemo(() => regionStudyDisplay(study, index), [study, index]);
  if (!study) return null;
  const points = display.markers.length;
  return (
    <main className="app-main learn-main">
      <section
        className="viewport"
        aria-label={t('body.label')}
        data-body-status={bodyStatus}
        data-camera={moving ? 'moving' : 'rest'}
      >
        <BodyView display={display} />
        <p className="visually-hidden" aria-live="polite">
          {t('region.description', {
            side,
            region: words.regionLabel(study.area.region),
            count: points,
          })}
        </p>
        <GraphicsNotice problemKey="graphics.problem.learn" />
        <ViewControls />
        <Legend entries={legendFor(display, { pain: 'region.legend.area' })} />
        <FigureSwitch />
      </section>
      <RegionPanel
        study={study}
        onSide={(s) =>
          navigate(regionHref({ region: study.area.region, side: s }), { replace: true })
        }
      />
    </main>
  );
}
