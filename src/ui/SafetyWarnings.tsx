import { useId, type ReactNode } from 'react';
import type { Urgency } from '../domain/atlas.ts';
import type { FlagReason, TechniqueSafety } from '../domain/safety.ts';
import { useSafetyWords, useT, type SafetyWords } from '../state/i18n.ts';
import { useSafetyStore, useWarningsCleared } from '../state/safetyStore.ts';

const URGENCIES = ['emergency', 'urgent', 'soon'] as const satisfies readonly Urgency[];

/** Where the muscle is pressed and what it is called, for the notes on why a flag shows. */
export interface SafetyContext {
  siteLabel: string;
  muscleName: string;
}

function reasonKey(reasons: readonly FlagReason[]): 'site' | 'muscle' | undefined {
  // Flags that come from the painful areas need no note: the person picked those areas.
  if (reasons.includes('area')) return undefined;
  return reasons.includes('site') ? 'site' : 'muscle';
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
  /** One place and muscle for every flag, or, for warnings of several points, each flag's own. */
  context: SafetyContext | ((flagId: string) => SafetyContext);
}) {
  const t = useT();
  const words = useSafetyWords();
  const cleared = useWarningsCleared(safety.key);
  const acknowledge = useSafetyStore((s) => s.acknowledge);
  const withdraw = useSafetyStore((s) => s.withdraw);
  const id = useId();
  const hasWarnings = safety.flags.length > 0 || safety.cautions.length > 0;
  return (
    <section className="red-flags" aria-labelledby={`${id}-title`} id="before-you-start">
      <h3 id={`${id}-title`}>{t('warnings.title')}</h3>
      {!words ? (
        <p role="status">{t('warnings.loading')}</p>
      ) : (
        <>
          {safety.flags.length > 0 && (
            <>
              <p className="red-flags-intro">{t('warnings.intro')}</p>
              <RedFlagGroups safety={safety} words={words} context={context} />
            </>
          )}
          <Cautions safety={safety} words={words} />
        </>
      )}
      {precautions.length > 0 && (
        <>
          <h4>{t('warnings.muscle')}</h4>
          <PrecautionList items={precautions} />
        </>
      )}
      {hasWarnings && words && (
        <>
          <label className="red-flags-confirm">
            <input
              type="checkbox"
              checked={cleared}
              onChange={(e) => (e.target.checked ? acknowledge(safety.key) : withdraw(safety.key))}
            />
            {t('warnings.confirm')}
          </label>
          <p className="red-flags-memory">{t('warnings.memory')}</p>
        </>
      )}
    </section>
  );
}

/**
 * The red flags of a set of warnings, most urgent group first. On screen each opens for its
 * signs and what to do; printed (`context` left out), every one is written out in full.
 */
export function RedFlagGroups({
  safety,
  words,
  context,
}: {
  safety: TechniqueSafety;
  words: SafetyWords;
  context?: SafetyContext | ((flagId: string) => SafetyContext);
}) {
  const t = useT();
  return URGENCIES.map((urgency) => {
    const group = safety.flags.filter((f) => f.flag.urgency === urgency);
    if (group.length === 0) return null;
    return (
      <div key={urgency} className={`red-flag-group red-flag-${urgency}`}>
        <h4>{t('warnings.group', { urgency })}</h4>
        <ul>
          {group.map(({ flag, reasons }) => {
            const text = words.redFlag(flag.id);
            if (!context) {
              return (
                <li key={flag.id} className="red-flag">
                  <strong>{text.title}.</strong> {text.signs}{' '}
                  <span className="red-flag-advice">{text.advice}</span>
                </li>
              );
            }
            const note = reasonKey(reasons);
            const why = typeof context === 'function' ? context(flag.id) : context;
            return (
              <li key={flag.id} className="red-flag">
                <details>
                  <summary>
                    <strong>{text.title}</strong>
                  </summary>
                  <p>{text.signs}</p>
                  <p className="red-flag-advice">{text.advice}</p>
                  {note && (
                    <p className="red-flag-why">
                      {t('warnings.why', {
                        reason: note,
                        site: why.siteLabel,
                        muscle: why.muscleName,
                      })}
                    </p>
                  )}
                </details>
              </li>
            );
          })}
        </ul>
      </div>
    );
  });
}

/** A muscle's own precautions, as a list. */
export function PrecautionList({ items }: { items: readonly string[] }) {
  return (
    <ul className="precautions">
      {items.map((item, i) => (
        // A step's place in the list is what it is: two may read alike.
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** The conditions that change deep pressure: on screen to open, printed in full (`printed`). */
export function Cautions({
  safety,
  words,
  printed = false,
}: {
  safety: TechniqueSafety;
  words: SafetyWords;
  printed?: boolean;
}) {
  const t = useT();
  if (safety.cautions.length === 0) return null;
  return (
    <>
      <h4>{t('warnings.cautions')}</h4>
      <ul className="cautions">
        {safety.cautions.map((caution) => {
          const text = words.caution(caution.id);
          return printed ? (
            <li key={caution.id}>
              <strong>{text.condition}:</strong> {text.advice}
            </li>
          ) : (
            <li key={caution.id}>
              <details>
                <summary>{text.condition}</summary>
                <p>{text.advice}</p>
              </details>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/**
 * Shows its children (the steps and timers) only once the warnings are confirmed and their words
 * are on screen; until then, says what to do to see them. A confirmation kept from earlier in the
 * tab (a reload) does not show the steps before the warnings it confirmed have loaded again.
 */
export function AfterWarnings({ safetyKey, children }: { safetyKey: string; children: ReactNode }) {
  const t = useT();
  const cleared = useWarningsCleared(safetyKey);
  const words = useSafetyWords();
  if (cleared && (words || safetyKey === '')) return <>{children}</>;
  return (
    <div className="locked">
      <p>{t('warnings.locked')}</p>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          const box = document.querySelector<HTMLInputElement>('#before-you-start input');
          box?.scrollIntoView({ block: 'center', behavior: 'smooth' });
          box?.focus({ preventScroll: true });
        }}
      >
        {t('warnings.goTo')}
      </button>
    </div>
  );
}
