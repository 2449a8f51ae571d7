import type { OtherCause, OtherCauseKind, Urgency } from '../domain/atlas.ts';
import { SourceList } from './SourceList.tsx';

const KIND_LABEL: Record<OtherCauseKind, string> = {
  joint: 'Joint',
  nerve: 'Nerve',
  organ: 'Organ',
  vessel: 'Blood vessel',
  bone: 'Bone',
  skin: 'Skin',
  other: 'Other',
};

const URGENCY_LABEL: Record<Urgency, string> = {
  emergency: 'Emergency',
  urgent: 'See a doctor today',
  soon: 'See a doctor soon',
};

/**
 * "Not a muscle?": what else commonly causes pain in the selected areas, how it tends to feel
 * different, and what to do. Short: one line each until opened.
 */
export function OtherCauses({ causes }: { causes: readonly OtherCause[] }) {
  if (causes.length === 0) return null;
  return (
    <section className="other-causes" aria-labelledby="other-causes-title">
      <h2 id="other-causes-title">Not a muscle? Other common causes</h2>
      <p className="other-causes-intro">
        Pain here can also come from a joint, a nerve or an organ. These tend to feel different:
      </p>
      <ul>
        {causes.map((cause) => (
          <li key={cause.id}>
            <details>
              <summary>
                <span className="other-cause-kind">{KIND_LABEL[cause.kind]}</span> {cause.name}
                {cause.urgency && (
                  <span className={`other-cause-urgency urgency-${cause.urgency}`}>
                    {URGENCY_LABEL[cause.urgency]}
                  </span>
                )}
              </summary>
              <p>{cause.feelsLike}</p>
              <p>
                <strong>What to do:</strong> {cause.whatToDo}
              </p>
              <SourceList refs={cause.sources} className="sources other-cause-sources" />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
