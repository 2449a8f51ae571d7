import { useLayoutEffect, useRef } from 'react';
import { useAtlas } from '../state/atlasStore.ts';
import { formatList, useAtlasWords, useMuscleWords, useT } from '../state/i18n.ts';
import { chooseTriggerPoint, showTriggerPoint } from '../state/intents.ts';
import { useRanking } from '../state/useRanking.ts';
import { useTechniqueSafety } from '../state/useSafety.ts';
import { useSelectionStore, type ChosenTriggerPoint } from '../state/selectionStore.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';
import { AddToSession } from './AddToSession.tsx';
import { Anatomy } from './Anatomy.tsx';
import { focusNext, useFocusOnMount } from './focus.ts';
import { SafetyWarnings } from './SafetyWarnings.tsx';
import { SourceList } from './SourceList.tsx';
import {
  PerpetuatingFactors,
  PressureTechnique,
  ReferralPattern,
  SelfCare,
  StretchTechnique,
  WhereToFind,
} from './Technique.tsx';

function scrollToTop(scroller: HTMLElement | null | undefined): void {
  if (scroller) scroller.scrollTop = 0;
}

/** One trigger point: where it is, where it refers, and how to release it. */
export function TriggerPointDetails({ chosen }: { chosen: ChosenTriggerPoint }) {
  const t = useT();
  const words = useAtlasWords();
  const close = useSelectionStore((s) => s.closeTriggerPoint);
  const index = useAtlas();
  const bodyAvailable = useViewStore(selectBodyAvailable);
  const ranking = useRanking();
  const safety = useTechniqueSafety();
  const article = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(article, title);
  // A new point starts at its top, wherever the list or the last point was scrolled to.
  useLayoutEffect(() => scrollToTop(article.current?.parentElement), []);
  const entry = index.triggerPoint(chosen.id);
  const muscle = useMuscleWords(entry?.muscle, index.muscle, index.muscleOfTriggerPoint);
  if (!entry || !safety) return null;
  const tp = muscle?.triggerPoints.find((p) => p.id === chosen.id);
  const muscleName = words.muscleName(entry.muscle.id);
  const timerPoint = { triggerPointId: chosen.id, side: chosen.side };
  // Step through the ranked results without going back to the list.
  const results = ranking;
  const at = results.findIndex((r) => r.muscleId === entry.muscle.id);
  const step = (delta: number) => {
    const next = results[at + delta];
    if (!next) return;
    // Keep the side the person is looking at when the next muscle fits there too.
    const point = next.triggerPoints.find((p) => p.side === chosen.side) ?? next.triggerPoints[0]!;
    focusNext(delta < 0 ? 'step:previous' : 'step:next');
    chooseTriggerPoint({ id: point.triggerPointId, side: point.side });
  };

  return (
    <article className="details" aria-labelledby="details-title" ref={article}>
      <div className="details-nav">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            focusNext(`result:${entry.muscle.id}`);
            close();
          }}
        >
          {t('details.back')}
        </button>
        {at >= 0 && results.length > 1 && (
          <span className="result-stepper">
            <button
              type="button"
              aria-label={t('details.previous')}
              data-focus="step:previous"
              disabled={at === 0}
              onClick={() => step(-1)}
            >
              ‹
            </button>
            <span aria-live="polite">
              {t('details.position', { at: at + 1, count: results.length })}
            </span>
            <button
              type="button"
              aria-label={t('details.next')}
              data-focus="step:next"
              disabled={at === results.length - 1}
              onClick={() => step(1)}
            >
              ›
            </button>
          </span>
        )}
        {bodyAvailable && (
          <button type="button" className="link-button" onClick={() => showTriggerPoint(chosen)}>
            {t('details.showOnBody')}
          </button>
        )}
      </div>
      <header>
        <h2 id="details-title" tabIndex={-1} ref={title}>
          {muscleName}{' '}
          <span className="details-side">{t('details.side', { side: chosen.side })}</span>
        </h2>
        <p className="details-tp">{words.triggerPointName(chosen.id)}</p>
        <div className="side-switch" role="group" aria-label={t('details.whichSide')}>
          {(['left', 'right'] as const).map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={chosen.side === s}
              data-focus={`side:${s}`}
              onClick={() => {
                focusNext(`side:${s}`);
                chooseTriggerPoint({ id: chosen.id, side: s });
              }}
            >
              {t('side.yours', { side: s })}
            </button>
          ))}
        </div>
        <AddToSession triggerPointId={chosen.id} side={chosen.side} />
        {muscle && muscle.aliases.length > 0 && (
          <p className="aliases">{t('details.aliases', { names: formatList(muscle.aliases) })}</p>
        )}
      </header>

      {entry.muscle.triggerPoints.length > 1 && (
        <div
          className="tp-switcher"
          role="group"
          aria-label={t('details.points', { muscle: muscleName })}
        >
          {entry.muscle.triggerPoints.map((other) => (
            <button
              key={other.id}
              type="button"
              aria-pressed={other.id === chosen.id}
              data-focus={`point:${other.id}`}
              onClick={() => {
                focusNext(`point:${other.id}`);
                chooseTriggerPoint({ id: other.id, side: chosen.side });
              }}
            >
              {words.triggerPointName(other.id)}
            </button>
          ))}
        </div>
      )}

      {!muscle || !tp ? (
        <p role="status" className="details-loading">
          {t('details.loading')}
        </p>
      ) : (
        <>
          <SafetyWarnings
            safety={safety}
            precautions={muscle.precautions}
            context={{ siteLabel: words.regionLabel(tp.region), muscleName }}
          />

          <WhereToFind tp={tp} />
          <ReferralPattern tp={tp} side={chosen.side} />
          <PressureTechnique muscle={muscle} safetyKey={safety.key} point={timerPoint} />
          <StretchTechnique muscle={muscle} safetyKey={safety.key} point={timerPoint} />
          <SelfCare muscle={muscle} />
          <PerpetuatingFactors muscle={muscle} />

          <Anatomy anatomy={muscle.anatomy} />

          <section>
            <h3>{t('details.sources')}</h3>
            <SourceList refs={entry.muscle.sources} />
          </section>
        </>
      )}
    </article>
  );
}
