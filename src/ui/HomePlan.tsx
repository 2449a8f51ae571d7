import { useMemo, type ReactNode } from 'react';
import { Link } from 'wouter';
import { combinedSafety, planItems, type HomePlanItem } from '../domain/homePlan.ts';
import { decodePlan, type PlanReading } from '../domain/planLink.ts';
import { patternOf } from '../domain/session.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { useAtlasWords, useMuscleWords, useT } from '../state/i18n.ts';
import { areaName } from './format.ts';
import { PrecautionList, SafetyWarnings } from './SafetyWarnings.tsx';
import {
  PressureTechnique,
  ReferralPattern,
  SelfCare,
  StretchTechnique,
  WhereToFind,
} from './Technique.tsx';

/**
 * The client's home plan, read from the code in its link: first the warnings of every point
 * together (the same gate as the explorer's technique page: nothing to do until they are read
 * and confirmed), then each point in the therapist's order: where to find it, where it sends
 * pain, pressure and stretch with their timers, self-care. A code that cannot be read says why
 * and what to do; it never leaves a blank page. `children` (the handout's controls) come after
 * the points.
 */
export function HomePlan({ code, children }: { code: string; children?: ReactNode }) {
  const t = useT();
  const reading = usePlanReading(code);
  if (!reading.ok) {
    return (
      <article className="home-plan" aria-labelledby="plan-title">
        <h2 id="plan-title">{t('plan.title')}</h2>
        <div className="plan-problem" role="alert">
          <p>{t('plan.problem', { problem: reading.problem })}</p>
          <p>{t('plan.problem.next')}</p>
        </div>
        <Link href="/" className="primary-link">
          {t('plan.explore')}
        </Link>
      </article>
    );
  }
  return (
    <ReadPlan plan={reading.plan} skipped={reading.unknownPoints + reading.unknownAreas}>
      {children}
    </ReadPlan>
  );
}

/** The plan in a link's code, read against this version's atlas. */
export function usePlanReading(code: string): PlanReading {
  const index = useAtlas();
  return useMemo(
    () =>
      decodePlan(
        code,
        index.triggerPoints.map((e) => e.triggerPoint.id),
      ),
    [code, index],
  );
}

function ReadPlan({
  plan,
  skipped,
  children,
}: {
  plan: Parameters<typeof planItems>[0];
  skipped: number;
  children?: ReactNode;
}) {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const items = useMemo(() => planItems(plan, index), [plan, index]);
  const safety = useMemo(() => combinedSafety(index, items, plan.areas), [index, items, plan]);
  // Why a flag shows: the first point that brings it in by where it is pressed or its muscle.
  const context = (flagId: string) => {
    const item =
      items.find((i) =>
        i.safety.flags.some((f) => f.flag.id === flagId && !f.reasons.includes('area')),
      ) ?? items[0];
    return {
      siteLabel: item ? words.regionLabel(item.entry.triggerPoint.region) : '',
      muscleName: item ? words.muscleName(item.entry.muscle.id) : '',
    };
  };
  return (
    <article className="home-plan" aria-labelledby="plan-title">
      <header className="plan-header">
        <h2 id="plan-title">{t('plan.title')}</h2>
        <p>{t('plan.intro', { count: items.length })}</p>
        {skipped > 0 && (
          <p className="plan-skipped" role="status">
            {t('plan.skipped', { count: skipped })}
          </p>
        )}
      </header>
      <SafetyWarnings safety={safety} precautions={[]} context={context} />
      {items.length === 0 ? (
        <p className="plan-empty">{t('plan.empty')}</p>
      ) : (
        <ol className="plan-points">
          {items.map((item) => (
            <PlanPoint
              key={`${item.point.side}.${item.point.triggerPointId}`}
              item={item}
              safetyKey={safety.key}
            />
          ))}
        </ol>
      )}
      {items.length > 0 && children}
      <p className="plan-footer">{t('plan.footer')}</p>
    </article>
  );
}

/** One point of the plan: its place and muscle, then the shared technique parts. */
function PlanPoint({ item, safetyKey }: { item: HomePlanItem; safetyKey: string }) {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const { entry, point, number } = item;
  const muscle = useMuscleWords(entry.muscle, index.muscle, index.muscleOfTriggerPoint);
  const tp = muscle?.triggerPoints.find((p) => p.id === point.triggerPointId);
  const titleId = `plan-point-${number}`;
  return (
    <li className="plan-point">
      <section aria-labelledby={titleId} className="details">
        <header className="plan-point-head">
          <span className={`finding-number pattern-${patternOf(number - 1)}`} aria-hidden="true">
            {number}
          </span>
          <div>
            <h2 id={titleId}>
              <span className="visually-hidden">{t('present.number', { number })} </span>
              {areaName(words, { region: entry.triggerPoint.region, side: point.side })}
            </h2>
            <p className="plan-muscle">
              {t('present.muscle', { muscle: words.muscleName(entry.muscle.id) })}
            </p>
          </div>
        </header>
        {!muscle || !tp ? (
          <p role="status">{t('details.loading')}</p>
        ) : (
          <>
            {muscle.precautions.length > 0 && (
              <section className="plan-precautions">
                <h3>{t('warnings.muscle')}</h3>
                <PrecautionList items={muscle.precautions} />
              </section>
            )}
            <WhereToFind tp={tp} />
            <ReferralPattern tp={tp} side={point.side} complaints={false} />
            <PressureTechnique muscle={muscle} safetyKey={safetyKey} point={point} />
            <StretchTechnique muscle={muscle} safetyKey={safetyKey} point={point} />
            <SelfCare muscle={muscle} />
          </>
        )}
      </section>
    </li>
  );
}
