import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex.ts';
import { createSearchIndex, type SearchIndex } from '../domain/search.ts';
import { areaLabel, type Side } from '../domain/regions.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { addAreasAndShow, chooseTriggerPoint } from '../state/intents.ts';
import { useSelectionStore } from '../state/selectionStore.ts';

const indexes = new WeakMap<AtlasIndex, SearchIndex>();
/** Built on first use, once per atlas (a language has its own words). */
function searchIndex(atlas: AtlasIndex): SearchIndex {
  let index = indexes.get(atlas);
  if (!index) indexes.set(atlas, (index = createSearchIndex(atlas.atlas)));
  return index;
}

interface Option {
  key: string;
  label: string;
  detail: string;
  kind: 'Muscle' | 'Area' | 'Complaint';
  run: () => void;
}

const MAX_COMPLAINT_MUSCLES = 6;

/**
 * Finds muscles (by name or alias), areas (in everyday words) and complaints ("tennis elbow"),
 * forgiving typos. A combobox: type, move with the arrow keys, Enter to choose, Escape to close.
 */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const id = useId();
  const atlas = useAtlas();
  const preferredSide = useSelectionStore((s): Side => s.areas[0]?.side ?? 'left');

  const options = useMemo<Option[]>(() => {
    const out: Option[] = [];
    for (const hit of searchIndex(atlas).search(query, 10)) {
      if (hit.kind === 'muscle') {
        const muscle = atlas.muscle(hit.muscleId);
        const tp = muscle?.triggerPoints[0];
        if (!tp) continue;
        out.push({
          key: `m:${hit.muscleId}`,
          label: hit.label,
          detail: hit.detail,
          kind: 'Muscle',
          run: () => chooseTriggerPoint({ id: tp.id, side: preferredSide }),
        });
      } else if (hit.kind === 'region') {
        for (const side of ['left', 'right'] as const) {
          out.push({
            key: `r:${side}:${hit.region}`,
            label: areaLabel({ region: hit.region, side }),
            detail: hit.detail,
            kind: 'Area',
            run: () => addAreasAndShow([{ region: hit.region, side }]),
          });
        }
      } else {
        for (const tp of hit.triggerPoints.slice(0, MAX_COMPLAINT_MUSCLES)) {
          const muscle = atlas.muscle(tp.muscleId);
          if (!muscle) continue;
          out.push({
            key: `c:${hit.complaint}:${tp.muscleId}`,
            label: `${hit.label}: ${muscle.name}`,
            detail: `A known cause of ${hit.complaint.toLowerCase()}`,
            kind: 'Complaint',
            run: () => chooseTriggerPoint({ id: tp.triggerPointId, side: preferredSide }),
          });
        }
      }
    }
    // The same option can come from two hits (a muscle and a complaint naming it): keep the first.
    return out.filter((o, i) => out.findIndex((p) => p.key === o.key) === i).slice(0, 12);
  }, [query, atlas, preferredSide]);

  const expanded = open && query.trim().length >= 2;
  const current = Math.min(active, Math.max(0, options.length - 1));

  const pick = (option: Option | undefined) => {
    if (!option) return;
    option.run();
    setQuery('');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((current + 1) % Math.max(1, options.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current - 1 + options.length) % Math.max(1, options.length));
    } else if (event.key === 'Enter') {
      if (expanded) {
        event.preventDefault();
        pick(options[current]);
      }
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  const listId = `${id}-list`;
  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search muscles, areas and complaints
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && options.length ? `${id}-opt-${current}` : undefined}
        placeholder="Search: muscle, area or complaint (e.g. tennis elbow)"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul id={listId} role="listbox" className="search-results" aria-label="Search results">
          {options.length === 0 && (
            <li className="search-empty" role="presentation">
              Nothing found. Try another word, or pick the area on the body.
            </li>
          )}
          {options.map((option, i) => (
            <li
              key={option.key}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === current}
              className="search-option"
              // Keep focus in the input; choose on mouse down so blur does not close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(option);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="search-kind">{option.kind}</span>
              <span className="search-label">{option.label}</span>
              <span className="search-detail">{option.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
