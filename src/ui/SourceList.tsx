import type { SourceRef } from '../domain/atlas.ts';
import { useAtlas } from '../state/atlasStore.ts';

/**
 * The works a text follows, as a short reference list: authors, title, edition, section.
 * Citations stay as published, in every language (`translate="no"`).
 */
export function SourceList({
  refs,
  className = 'sources',
}: {
  refs: readonly SourceRef[];
  className?: string;
}) {
  const index = useAtlas();
  return (
    <ul className={className} translate="no">
      {refs.map((ref) => {
        const source = index.source(ref.source);
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
