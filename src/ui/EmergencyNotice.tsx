import type { RedFlagFacts } from '../domain/atlas.ts';
import { useSafetyWords, useT } from '../state/i18n.ts';

/**
 * The emergencies that pain in the chosen areas can be a sign of, said first and briefly, before
 * any muscle: what to look for and what to do now. It does not hide the results; it comes
 * before them.
 */
export function EmergencyNotice(props: EmergencyNoticeProps) {
  // The warnings' words load the first time there is one to show, not with the app.
  return props.flags.length === 0 ? null : <Emergencies {...props} />;
}

interface EmergencyNoticeProps {
  flags: readonly RedFlagFacts[];
  /** With a technique open, whose warnings list these in full: the titles only. */
  compact?: boolean;
}

function Emergencies({ flags, compact = false }: EmergencyNoticeProps) {
  const t = useT();
  const words = useSafetyWords();
  const emergency = flags.some((f) => f.urgency === 'emergency');
  return (
    // It scrolls when tall (a phone, a side panel): focusable, so the keyboard can scroll it too.
    <section className="emergency" role="alert" aria-labelledby="emergency-title" tabIndex={0}>
      <h2 id="emergency-title">{t('emergency.title', { emergency: emergency ? 'yes' : 'no' })}</h2>
      {!words ? (
        <p>{t('emergency.loading')}</p>
      ) : compact ? (
        <>
          <ul className="emergency-titles">
            {flags.map((flag) => (
              <li key={flag.id}>{words.redFlag(flag.id).title}</li>
            ))}
          </ul>
          <p className="emergency-see-below">{t('emergency.seeBelow')}</p>
        </>
      ) : (
        <ul>
          {flags.map((flag) => {
            const text = words.redFlag(flag.id);
            const [now, rest] = firstSentence(text.advice);
            return (
              <li key={flag.id}>
                <details>
                  <summary>
                    <strong>{t('emergency.item', { title: text.title })}</strong>{' '}
                    <span className="emergency-do">{now}</span>
                  </summary>
                  <p>
                    {text.signs} {rest}
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

/**
 * The advice's first sentence is what to do at once ("Call emergency services now."); the rest
 * opens with the signs. Sentences end at a full stop, question or exclamation mark and a space
 * in every language the app has.
 */
function firstSentence(text: string): [string, string] {
  const match = /[.!?。](\s|$)/.exec(text);
  if (!match) return [text, ''];
  const end = match.index + 1;
  return [text.slice(0, end), text.slice(end).trim()];
}
