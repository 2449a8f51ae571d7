import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { patternOf } from '../domain/learnDisplay.ts';
import type { RankedMuscle } from '../domain/ranking.ts';
import type { RegionStudy } from '../domain/regionStudy.ts';
import { SIDES, type Side } from '../domain/regions.ts';
import { formatList, useAtlasWords, useT } from '../state/i18n.ts';
import { areaName } from './format.ts';
import { LearnSheet } from './LearnSheet.tsx';

/**
 * A region's page: every muscle whose trigger points may send pain to the area, main pain first
 * and then the muscles whose pain only sometimes spreads there, each in the explorer's ranking
 * order and numbered as the X marks on the body; each opens the muscle's card.
 */
export function RegionPanel({
  study,
  onSide,
}: {
  study: RegionStudy;
  onSide: (side: Side) => void;
}) {
  const t = useT();
  const words = useAtlasWords();
  const { area } = study;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [area.region]);
  return (
    <LearnSheet className="study-panel region-panel" label="atlas.panel">
      <article className="details region-study" aria-labelledby="region-title">
        <div className="details-nav">
          <Link href="/learn">{t('region.back')}</Link>
        </div>
        <header>
          <h2 id="region-title" ref={heading} tabIndex={-1}>
            {areaName(words, area)}
          </h2>
          <p className="atlas-intro">{t('region.intro')}</p>
          <div className="side-switch" role="group" aria-label={t('details.whichSide')}>
            {SIDES.map((s) => (
              <button
                key={s}
                type="button"
                aria-pressed={area.side === s}
                onClick={() => onSide(s)}
              >
                {t('side.yours', { side: s })}
              </button>
            ))}
          </div>
        </header>
        <RegionMuscles
          id="region-essential"
          title={t('region.essential', { count: study.essential.length })}
          none={t('region.essential.none')}
          muscles={study.essential}
          from={0}
        />
        <RegionMuscles
          id="region-spillover"
          title={t('region.spillover', { count: study.spillover.length })}
          none={t('region.spillover.none')}
          muscles={study.spillover}
          from={study.essential.length}
        />
        <p>
          <Link href={`/?areas=${area.side}.${area.region}`}>{t('region.explorer')}</Link>
        </p>
      </article>
    </LearnSheet>
  );
}

function RegionMuscles({
  id,
  title,
  none,
  muscles,
  from,
}: {
  id: string;
  title: string;
  none: string;
  muscles: readonly RankedMuscle[];
  /** The number of the list's first muscle, less one (the spillover list follows on). */
  from: number;
}) {
  const t = useT();
  const words = useAtlasWords();
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {muscles.length === 0 ? (
        <p className="atlas-none">{none}</p>
      ) : (
        <ol className="card-points region-muscles" start={from + 1}>
          {muscles.map((m, i) => {
            const side = m.triggerPoints[0]?.side ?? 'left';
            const points = [...new Set(m.triggerPoints.map((p) => p.triggerPointId))];
            return (
              <li key={m.muscleId} className={`pattern-${patternOf(from + i)}`}>
                <span className="point-number" aria-hidden="true">
                  {from + i + 1}
                </span>
                <div>
                  <p className="point-name">
                    <Link
                      href={`/learn?muscle=${m.muscleId}${side === 'left' ? '' : `&side=${side}`}`}
                    >
                      {words.muscleName(m.muscleId)}
                    </Link>
                  </p>
                  <p className="point-depth">
                    {t('region.through', {
                      points: formatList(points.map((p) => words.triggerPointName(p))),
                    })}
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
