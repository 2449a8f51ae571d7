/**
 * The parts of a technique page that every way to a trigger point shares (the explorer's page,
 * a client's home plan, the printed handout): where to find it, where it sends pain, pressure
 * and stretch with their guided timers behind the warnings, and self-care.
 */
import type {
  Muscle,
  PressureTechnique as PressureTechniqueWords,
  TriggerPoint,
} from '../domain/atlas.ts';
import type { Side } from '../domain/regions.ts';
import { holdChoices } from '../domain/timer.ts';
import { formatList, useAtlasWords, useT } from '../state/i18n.ts';
import { zoneLabels } from './format.ts';
import { GuidedTimer } from './GuidedTimer.tsx';
import { AfterWarnings } from './SafetyWarnings.tsx';

/** A trigger point on one side of the body: what a timer's diary entry names. */
interface TimerPoint {
  triggerPointId: string;
  side: Side;
}

/** What a technique shows: the muscle's, behind the warnings of `safetyKey`. */
interface TechniqueProps {
  muscle: Muscle;
  safetyKey: string;
  /** The point and side worked on, for the diary entry the finished timer offers. */
  point?: TimerPoint;
}

/** Pause between stretch repetitions: long enough to let the muscle settle and breathe. */
const STRETCH_REST_SECONDS = 10;

export function WhereToFind({ tp }: { tp: TriggerPoint }) {
  const t = useT();
  return (
    <section className="technique-where">
      <h3>{t('details.where')}</h3>
      <p>{tp.location}</p>
      <p className="depth">
        {tp.depthNote
          ? t('details.depth.note', { depth: tp.depth, note: tp.depthNote })
          : t('details.depth', { depth: tp.depth })}
      </p>
    </section>
  );
}

/** The pattern's areas (with the colour key), what it feels like, and what it is known for. */
export function ReferralPattern({
  tp,
  side,
  complaints = true,
}: {
  tp: TriggerPoint;
  side: Side;
  complaints?: boolean;
}) {
  const t = useT();
  const words = useAtlasWords();
  return (
    <section className="technique-pattern">
      <h3>{t('details.pattern')}</h3>
      <ul className="pattern-legend">
        <li>
          <span className="swatch swatch-essential" aria-hidden="true" />{' '}
          {t('details.pattern.main', {
            areas: formatList(zoneLabels(words, tp.referral.essential, side)),
          })}
        </li>
        {tp.referral.spillover.length > 0 && (
          <li>
            <span className="swatch swatch-spillover" aria-hidden="true" />{' '}
            {t('details.pattern.sometimes', {
              areas: formatList(zoneLabels(words, tp.referral.spillover, side)),
            })}
          </li>
        )}
      </ul>
      {tp.symptoms.map((symptom, i) => (
        // A step's place in the list is what it is: two may read alike.
        <p key={i}>{symptom}</p>
      ))}
      {complaints && (
        <p className="complaints">
          {t('details.knownFor', { complaints: formatList(tp.complaints) })}
        </p>
      )}
    </section>
  );
}

/**
 * Pressure: how, how hard and how long, then (once the warnings are confirmed) the steps, what
 * release feels like, when to stop and the guided timer. For a muscle not to be pressed at home,
 * says so and why.
 */
export function PressureTechnique({ muscle, safetyKey, point }: TechniqueProps) {
  const t = useT();
  if (!muscle.pressure) {
    return (
      <section className="technique-pressure">
        <h3>{t('pressure.title.short')}</h3>
        <p className="therapist-only">
          <strong>{t('pressure.therapistOnly')}</strong> {muscle.therapistOnly}
        </p>
      </section>
    );
  }
  const pressure = muscle.pressure;
  return (
    <section className="technique-pressure">
      <h3>{t('pressure.title')}</h3>
      <p className="method">{t('pressure.method')}</p>
      <PressureFacts pressure={pressure} />
      <AfterWarnings safetyKey={safetyKey}>
        <PressureSteps pressure={pressure} />
        <GuidedTimer
          kind="pressure"
          rounds={pressure.rounds}
          holdChoices={holdChoices(pressure.holdSeconds.min, pressure.holdSeconds.max)}
          restSeconds={pressure.restSeconds}
          pressure={pressure.pressure}
          point={point}
        />
      </AfterWarnings>
    </section>
  );
}

/** How to press: position, what with, which way, how hard and how long. */
export function PressureFacts({ pressure }: { pressure: PressureTechniqueWords }) {
  const t = useT();
  return (
    <dl className="facts">
      <dt>{t('pressure.position')}</dt>
      <dd>{pressure.position}</dd>
      <dt>{t('pressure.tool')}</dt>
      <dd>{pressure.tool}</dd>
      <dt>{t('pressure.direction')}</dt>
      <dd>{pressure.direction}</dd>
      <dt>{t('pressure.howHard')}</dt>
      <dd>
        {t('pressure.howHard.value', { min: pressure.pressure.min, max: pressure.pressure.max })}
      </dd>
      <dt>{t('pressure.howLong')}</dt>
      <dd>
        {t('pressure.howLong.value', {
          min: pressure.holdSeconds.min,
          max: pressure.holdSeconds.max,
          rounds: pressure.rounds,
          rest: pressure.restSeconds,
        })}
      </dd>
    </dl>
  );
}

/** The pressure steps, what release feels like, and when to stop. */
export function PressureSteps({ pressure }: { pressure: PressureTechniqueWords }) {
  const t = useT();
  return (
    <>
      <ol className="steps">
        {pressure.steps.map((text, i) => (
          // A step's place in the list is what it is: two may read alike.
          <li key={i}>{text}</li>
        ))}
      </ol>
      <p>
        <strong>{t('pressure.release')}</strong> {pressure.releaseFeel}
      </p>
      <p className="list-label">
        <strong>{t('pressure.stopIf')}</strong>
      </p>
      <ul className="stop-list">
        {pressure.stopIf.map((item, i) => (
          // A step's place in the list is what it is: two may read alike.
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** Stretch: the position, then (once the warnings are confirmed) steps, hold, feel and timer. */
export function StretchTechnique({ muscle, safetyKey, point }: TechniqueProps) {
  const t = useT();
  const stretch = muscle.stretch;
  return (
    <section className="technique-stretch">
      <h3>{t('stretch.title')}</h3>
      <p>{stretch.position}</p>
      <AfterWarnings safetyKey={safetyKey}>
        <StretchSteps stretch={stretch} />
        <GuidedTimer
          kind="stretch"
          rounds={stretch.repetitions}
          holdChoices={[stretch.holdSeconds]}
          restSeconds={STRETCH_REST_SECONDS}
          point={point}
        />
      </AfterWarnings>
    </section>
  );
}

/** The stretch steps, how long to hold, how to breathe, what to feel and what to avoid. */
export function StretchSteps({ stretch }: { stretch: Muscle['stretch'] }) {
  const t = useT();
  return (
    <>
      <ol className="steps">
        {stretch.steps.map((text, i) => (
          // A step's place in the list is what it is: two may read alike.
          <li key={i}>{text}</li>
        ))}
      </ol>
      <dl className="facts">
        <dt>{t('stretch.hold')}</dt>
        <dd>
          {t('stretch.hold.value', { seconds: stretch.holdSeconds, times: stretch.repetitions })}
        </dd>
        <dt>{t('stretch.breathing')}</dt>
        <dd>{stretch.breathing}</dd>
        <dt>{t('stretch.feel')}</dt>
        <dd>{stretch.feel}</dd>
      </dl>
      <p className="list-label">
        <strong>{t('stretch.avoid')}</strong>
      </p>
      <ul className="stop-list">
        {stretch.avoid.map((item, i) => (
          // A step's place in the list is what it is: two may read alike.
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}

export function SelfCare({ muscle }: { muscle: Muscle }) {
  const t = useT();
  return (
    <section className="technique-self-care">
      <h3>{t('details.selfCare')}</h3>
      <ul>
        {muscle.selfCare.map((item, i) => (
          // A step's place in the list is what it is: two may read alike.
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

export function PerpetuatingFactors({ muscle }: { muscle: Muscle }) {
  const t = useT();
  return (
    <section>
      <h3>{t('details.perpetuating')}</h3>
      <ul>
        {muscle.perpetuatingFactors.map((item, i) => (
          // A step's place in the list is what it is: two may read alike.
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
