import { atlas } from '../../data/index.ts';
import type { SourceRef } from '../domain/atlas.ts';

/** The works a text follows, as a short reference list: authors, title, edition, section. */
export function SourceList({
  refs,
  className = 'sources',
}: {
  refs: readonly SourceRef[];
  className?: string;
}) {
  return (
    <ul className={className}>
      {refs.map((ref) => {
        const source = atlas.sources.find((s) => s.id === ref.source);
        if (!source) return null;
        return (
          <li key={`${ref.source}:${ref.chapter}`}>
            {source.authors}. <cite>{source.title}</cite>, {source.edition} ({source.year}).{' '}
            {ref.chapter}.
          </li>
        );
      })}
    </ul>
  );
}
