import { useId, useState, type FormEvent } from 'react';
import {
  REGIONS,
  REGION_GROUPS,
  REGION_GROUP_LABELS,
  isRegionId,
  type RegionId,
  type Side,
} from '../domain/regions.ts';
import { addAreasAndShow } from '../state/intents.ts';

/** Picks an area from a list: the same selection a click on the body makes, without the body. */
export function AreaPicker() {
  const [region, setRegion] = useState<RegionId | ''>('');
  const [side, setSide] = useState<Side>('left');
  const id = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (region) addAreasAndShow([{ region, side }]);
  };

  return (
    <form className="area-picker" onSubmit={onSubmit} aria-label="Add an area from a list">
      <label htmlFor={`${id}-region`}>Area</label>
      <select
        id={`${id}-region`}
        value={region}
        onChange={(e) => setRegion(isRegionId(e.target.value) ? e.target.value : '')}
      >
        <option value="">Choose where it hurts…</option>
        {REGION_GROUPS.map((group) => (
          <optgroup key={group} label={REGION_GROUP_LABELS[group]}>
            {REGIONS.filter((r) => r.group === group).map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <fieldset className="side-toggle">
        <legend>Side (yours)</legend>
        {(['left', 'right'] as const).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={`${id}-side`}
              value={s}
              checked={side === s}
              onChange={() => setSide(s)}
            />
            {s === 'left' ? 'Left' : 'Right'}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={!region}>
        Add
      </button>
    </form>
  );
}
