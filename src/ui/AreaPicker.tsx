import { useId, useState, type FormEvent } from 'react';
import {
  REGIONS,
  REGION_GROUPS,
  isRegionId,
  type BodyArea,
  type RegionId,
  type Side,
} from '../domain/regions.ts';
import { useAtlasWords, useT } from '../state/i18n.ts';
import { addAreasAndShow } from '../state/intents.ts';

/**
 * Picks an area from a list: the same selection a click on the body makes, without the body.
 * `onPick` is what a pick does (the explorer's selection by default; the diary's entry).
 */
export function AreaPicker({
  onPick = (area) => addAreasAndShow([area]),
}: {
  onPick?: (area: BodyArea) => void;
} = {}) {
  const t = useT();
  const words = useAtlasWords();
  const [region, setRegion] = useState<RegionId | ''>('');
  const [side, setSide] = useState<Side>('left');
  const id = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (region) onPick({ region, side });
  };

  return (
    <form className="area-picker" onSubmit={onSubmit} aria-label={t('picker.label')}>
      <label htmlFor={`${id}-region`}>{t('picker.area')}</label>
      <select
        id={`${id}-region`}
        value={region}
        onChange={(e) => setRegion(isRegionId(e.target.value) ? e.target.value : '')}
      >
        <option value="">{t('picker.choose')}</option>
        {REGION_GROUPS.map((group) => (
          <optgroup key={group} label={words.regionGroup(group)}>
            {REGIONS.filter((r) => r.group === group).map((r) => (
              <option key={r.id} value={r.id}>
                {words.regionLabel(r.id)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <fieldset className="side-toggle">
        <legend>{t('picker.side')}</legend>
        {(['left', 'right'] as const).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={`${id}-side`}
              value={s}
              checked={side === s}
              onChange={() => setSide(s)}
            />
            {t('side.name', { side: s })}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={!region}>
        {t('picker.add')}
      </button>
    </form>
  );
}
