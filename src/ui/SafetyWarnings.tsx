import { useId, type ReactNode } from 'react';
import type { RedFlag } from '../domain/atlas.ts';
import type { FlagReason, TechniqueSafety } from '../domain/safety.ts';
import { useSafetyStore, useWarningsCleared } from '../state/safetyStore.ts';

const URGENCIES = ['emergency', 'urgent', 'soon'] as const satisfies readonly RedFlag['urgency'][];

const GROUP_TITLE: Record<RedFlag['urgency'], string> = {
  emergency: 'Emergency: get help now if',
  urgent: 'See a doctor today if',
  soon: 'See a doctor soon if',
};

/** Where the muscle is pressed, in words: "your calf". */
export interface SafetyContext {
  siteLabel: string;
  muscleName: string;
}

function reasonNote(reasons: readonly FlagReason[], context: SafetyContext): string | undefined {
  // Flags that come from the painful areas need no note: the person picked those areas.
  if (reasons.includes('area')) return undefined;
  if (reasons.includes('site')) return `Shown because you press on your ${context.siteLabel}.`;
  return `Shown because of where the ${context.muscleName.toLowerCase()} lies.`;
}

/**
 * "Before you start": every warning that applies to this technique (the painful areas, the
 * place you press and the muscle itself), the conditions that change deep pressure, the
 * muscle's own precautions, and the confirmation that unlocks the steps and timers.
 */
export function SafetyWarnings({
  safety,
  precautions,
  context,
}: {
  safety: TechniqueSafety;
  precautions: readonly string[];
  context: SafetyContext;
}) {
  const cleared = useWarningsCleared(safety.key);
  const acknowledge = useSafetyStore((s) => s.acknowledge);
  const withdraw = useSafetyStore((s) => s.withdraw);
  const id = useId();
  const hasWarnings = safety.flags.length > 0 || safety.cautions.length > 0;
  return (
    <section className="red-flags" aria-labelledby={`${id}-title`} id="before-you-start">
      <h3 id={`${id}-title`}>Before you start</h3>
      {safety.flags.length > 0 && (
        <>
          <p className="red-flags-intro">
            Muscle pain is common, but pain like this can also come from something that needs a
            doctor. Do not treat yourself if any of these applies (tap one for the signs and what to
            do):
          </p>
          {URGENCIES.map((urgency) => {
            const group = safety.flags.filter((f) => f.flag.urgency === urgency);
            if (group.length === 0) return null;
            return (
              <div key={urgency} className={`red-flag-group red-flag-${urgency}`}>
                <h4>{GROUP_TITLE[urgency]}</h4>
                <ul>
                  {group.map(({ flag, reasons }) => {
                    const note = reasonNote(reasons, context);
                    return (
                      <li key={flag.id} className="red-flag">
                        <details>
                          <summary>
                            <strong>{flag.title}</strong>
                          </summary>
                          <p>{flag.signs}</p>
                          <p className="red-flag-advice">{flag.advice}</p>
                          {note && <p className="red-flag-why">{note}</p>}
                        </details>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </>
      )}
      {safety.cautions.length > 0 && (
        <>
          <h4>Ask a doctor or therapist first, or press only lightly, if</h4>
          <ul className="cautions">
            {safety.cautions.map((caution) => (
              <li key={caution.id}>
                <details>
                  <summary>{caution.condition}</summary>
                  <p>{caution.advice}</p>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
      {precautions.length > 0 && (
        <>
          <h4>With this muscle</h4>
          <ul className="precautions">
            {precautions.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
      {hasWarnings && (
        <>
          <label className="red-flags-confirm">
            <input
              type="checkbox"
              checked={cleared}
              onChange={(e) => (e.target.checked ? acknowledge(safety.key) : withdraw(safety.key))}
            />
            I have read these warnings and none of them applies to me.
          </label>
          <p className="red-flags-memory">
            Remembered only until you close this tab; a new visit asks again.
          </p>
        </>
      )}
    </section>
  );
}

/**
 * Shows its children (the steps and timers) only once the warnings are confirmed; until then,
 * says what to do to see them.
 */
export function AfterWarnings({ safetyKey, children }: { safetyKey: string; children: ReactNode }) {
  const cleared = useWarningsCleared(safetyKey);
  if (cleared) return <>{children}</>;
  return (
    <div className="locked">
      <p>
        The steps and the guided timer appear here once you have read the warnings under “Before you
        start” and confirmed that none of them applies to you.
      </p>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          const box = document.querySelector<HTMLInputElement>('#before-you-start input');
          box?.scrollIntoView({ block: 'center', behavior: 'smooth' });
          box?.focus({ preventScroll: true });
        }}
      >
        Go to the warnings
      </button>
    </div>
  );
}
