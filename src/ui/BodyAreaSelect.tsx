import { BODY_AREAS, type BodyAreaGroup } from '../domain/atlas.ts';
import { useAtlasWords, useT, type UiKey } from '../state/i18n.ts';

/**
 * A choice of one body area or all of them, as the atlas's list and the quiz's setup offer it:
 * the areas in the atlas's order, named in the active language.
 */
export function BodyAreaSelect({
  label,
  value,
  onChange,
  className,
}: {
  label: UiKey;
  value: BodyAreaGroup | null;
  onChange: (area: BodyAreaGroup | null) => void;
  className?: string;
}) {
  const t = useT();
  const words = useAtlasWords();
  return (
    <label className={className}>
      <span>{t(label)}</span>
      <select
        value={value ?? ''}
        onChange={(e) => onChange((e.target.value || null) as BodyAreaGroup | null)}
      >
        <option value="">{t('atlas.area.all')}</option>
        {BODY_AREAS.map((a) => (
          <option key={a} value={a}>
            {words.bodyArea(a)}
          </option>
        ))}
      </select>
    </label>
  );
}
