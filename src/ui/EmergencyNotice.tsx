import type { RedFlag } from '../domain/atlas.ts';

/**
 * The emergencies that pain in the chosen areas can be a sign of, said first and briefly, before
 * any muscle: what to look for and what to do now. It does not hide the results; it comes
 * before them.
 */
export function EmergencyNotice({
  flags,
  compact = false,
}: {
  flags: readonly RedFlag[];
  /** With a technique open, whose warnings list these in full: the titles only. */
  compact?: boolean;
}) {
  if (flags.length === 0) return null;
  return (
    <section className="emergency" role="alert" aria-labelledby="emergency-title">
      <h2 id="emergency-title">
        {flags.some((f) => f.urgency === 'emergency')
          ? 'Could this be an emergency?'
          : 'Could this need a doctor today?'}
      </h2>
      {compact ? (
        <>
          <ul className="emergency-titles">
            {flags.map((flag) => (
              <li key={flag.id}>{flag.title}</li>
            ))}
          </ul>
          <p className="emergency-see-below">
            The signs and what to do are under “Before you start”, below.
          </p>
        </>
      ) : (
        <ul>
          {flags.map((flag) => {
            const [now, rest] = firstSentence(flag.advice);
            return (
              <li key={flag.id}>
                <details>
                  <summary>
                    <strong>{flag.title}:</strong> <span className="emergency-do">{now}</span>
                  </summary>
                  <p>
                    {flag.signs} {rest}
                  </p>
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** "Call emergency services now." and the rest: the first sentence is what to do at once. */
function firstSentence(text: string): [string, string] {
  const end = text.indexOf('. ');
  return end < 0 ? [text, ''] : [text.slice(0, end + 1), text.slice(end + 2)];
}
