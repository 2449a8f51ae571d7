import type { RedFlag } from '../domain/atlas.ts';
import { useFlagsCleared, useSafetyStore } from '../state/safetyStore.ts';

const URGENCY_LABEL: Record<RedFlag['urgency'], string> = {
  emergency: 'Emergency',
  urgent: 'See a doctor today',
  soon: 'See a doctor soon',
};

/** Warnings that come before any technique: when these signs are present, see a doctor first. */
export function RedFlagNotice({ flags }: { flags: readonly RedFlag[] }) {
  const ids = flags.map((f) => f.id);
  const cleared = useFlagsCleared(ids);
  const acknowledge = useSafetyStore((s) => s.acknowledge);
  const withdraw = useSafetyStore((s) => s.withdraw);
  if (flags.length === 0) return null;
  return (
    <section className="red-flags" aria-labelledby="red-flags-title">
      <h3 id="red-flags-title">Before you start: when to see a doctor instead</h3>
      <p className="red-flags-intro">
        Muscle pain is common, but pain in this area can also come from something that needs a
        doctor. Do not self-treat if any of these apply:
      </p>
      <ul>
        {flags.map((flag) => (
          <li key={flag.id} className={`red-flag red-flag-${flag.urgency}`}>
            <span className="red-flag-urgency">{URGENCY_LABEL[flag.urgency]}</span>
            <strong>{flag.title}.</strong> {flag.signs} <em>{flag.advice}</em>
          </li>
        ))}
      </ul>
      <label className="red-flags-confirm">
        <input
          type="checkbox"
          checked={cleared}
          onChange={(e) => (e.target.checked ? acknowledge(ids) : withdraw(ids))}
        />
        I have read these warnings and none of them applies to me.
      </label>
    </section>
  );
}
