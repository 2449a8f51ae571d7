import { useId } from 'react';
import { createPortal } from 'react-dom';
import type { HandoutPicture } from '../domain/handout.ts';
import type { HomePlanItem } from '../domain/homePlan.ts';
import type { TechniqueSafety } from '../domain/safety.ts';
import { patternOf } from '../domain/session.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { useAtlasWords, useMuscleWords, useSafetyWords, useT } from '../state/i18n.ts';
import { areaName } from './format.ts';
import { Cautions, PrecautionList, RedFlagGroups } from './SafetyWarnings.tsx';
import {
  PressureFacts,
  PressureSteps,
  ReferralPattern,
  StretchSteps,
  WhereToFind,
} from './Technique.tsx';

/** One point of the handout: the plan's point and its picture's key. */
export interface HandoutItem extends HomePlanItem {
  pictureKey: string;
}

/**
 * The handout the browser prints (paper or PDF) from a session or a home plan: the date and the
 * client's name, the warnings first (every red flag written out, most urgent first), then each
 * point on its own, never split across pages: a picture of the body with its X and pattern,
 * where to press, where it sends pain, pressure and stretch step by step, how often, and the
 * muscle's precautions; the disclaimer at the end. Printed only: on screen it is not shown, and
 * in print nothing else is (it is placed beside the app, outside it).
 */
export function Handout({
  items,
  safety,
  date,
  name,
  pictures,
  bodyAvailable,
}: {
  items: readonly HandoutItem[];
  safety: TechniqueSafety;
  date: string;
  name: string;
  pictures: ReadonlyMap<string, HandoutPicture | null>;
  /** Whether this device can draw the body at all; without it the patterns are in words only. */
  bodyAvailable: boolean;
}) {
  const t = useT();
  const words = useSafetyWords();
  const id = useId();
  return createPortal(
    <article className="handout" aria-labelledby={`${id}-title`}>
      <header className="handout-head">
        <h1 id={`${id}-title`}>{t('handout.title')}</h1>
        <p className="handout-meta">
          {name.trim() ? <span>{t('handout.for', { name: name.trim() })}</span> : null}
          <span>{date}</span>
        </p>
        <p>{t('handout.intro', { count: items.length })}</p>
        {!bodyAvailable && <p className="handout-no-body">{t('handout.noBody')}</p>}
      </header>
      <section className="handout-warnings" aria-labelledby={`${id}-warnings`}>
        <h2 id={`${id}-warnings`}>{t('warnings.title')}</h2>
        {!words ? (
          <p role="status">{t('warnings.loading')}</p>
        ) : (
          <>
            {safety.flags.length > 0 && <p>{t('handout.warnings.intro')}</p>}
            <div className="handout-warnings-list">
              <RedFlagGroups safety={safety} words={words} />
              <Cautions safety={safety} words={words} printed />
            </div>
          </>
        )}
        <p className="handout-stop">{t('handout.stop')}</p>
      </section>
      <ol className="handout-points">
        {items.map((item) => (
          <HandoutPoint
            key={item.pictureKey}
            item={item}
            picture={pictures.get(item.pictureKey)}
            bodyAvailable={bodyAvailable}
          />
        ))}
      </ol>
      <footer className="handout-footer">
        <p>{t('handout.footer')}</p>
      </footer>
    </article>,
    document.body,
  );
}

function HandoutPoint({
  item,
  picture,
  bodyAvailable,
}: {
  item: HandoutItem;
  picture: HandoutPicture | null | undefined;
  bodyAvailable: boolean;
}) {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const { entry, point, number } = item;
  const muscle = useMuscleWords(entry.muscle, index.muscle, index.muscleOfTriggerPoint);
  const tp = muscle?.triggerPoints.find((p) => p.id === point.triggerPointId);
  const place = areaName(words, { region: entry.triggerPoint.region, side: point.side });
  return (
    <li className={`handout-point pattern-${patternOf(number - 1)}`}>
      <header className="handout-point-head">
        <span className={`finding-number pattern-${patternOf(number - 1)}`} aria-hidden="true">
          {number}
        </span>
        <div>
          <h2>
            <span className="visually-hidden">{t('present.number', { number })} </span>
            {place}
          </h2>
          <p>
            {t('handout.muscle', {
              muscle: words.muscleName(entry.muscle.id),
              point: words.triggerPointName(point.triggerPointId),
            })}
          </p>
        </div>
      </header>
      {!muscle || !tp ? (
        <p role="status">{t('details.loading')}</p>
      ) : (
        <>
          <div className="handout-point-body">
            {bodyAvailable && <Picture picture={picture} number={number} />}
            <>
              <WhereToFind tp={tp} />
              <ReferralPattern tp={tp} side={point.side} complaints={false} />
              <section>
                <h3>{t('handout.howOften')}</h3>
                <p>{t('handout.howOften.value')}</p>
              </section>
              {muscle.precautions.length > 0 && (
                <section>
                  <h3>{t('warnings.muscle')}</h3>
                  <PrecautionList items={muscle.precautions} />
                </section>
              )}
            </>
            <section className="technique-pressure">
              <h3>{t('pressure.title.short')}</h3>
              {muscle.pressure ? (
                <>
                  <PressureFacts pressure={muscle.pressure} />
                  <PressureSteps pressure={muscle.pressure} />
                </>
              ) : (
                <p className="therapist-only">
                  <strong>{t('pressure.therapistOnly')}</strong> {muscle.therapistOnly}
                </p>
              )}
            </section>
            <section className="technique-stretch">
              <h3>{t('stretch.title')}</h3>
              <p>{muscle.stretch.position}</p>
              <StretchSteps stretch={muscle.stretch} />
            </section>
          </div>
        </>
      )}
    </li>
  );
}

/** The point's picture, with a caption saying from where it looks and what the marks mean. */
function Picture({
  picture,
  number,
}: {
  picture: HandoutPicture | null | undefined;
  number: number;
}) {
  const t = useT();
  if (!picture) {
    return (
      <p className="handout-picture handout-picture-missing">
        {t(picture === null ? 'handout.picture.failed' : 'handout.picture.pending')}
      </p>
    );
  }
  const from = t('handout.picture.from', {
    view: picture.view,
    above: picture.fromAbove ? 'yes' : 'no',
  });
  return (
    <figure className="handout-picture">
      <img src={picture.src} alt={t('handout.picture.alt', { from, number })} />
      <figcaption>{t('handout.picture.caption', { from, number })}</figcaption>
    </figure>
  );
}
