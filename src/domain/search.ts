import Fuse from 'fuse.js';
import type { PainGuide, ReferralPattern } from './atlas.ts';
import type { RegionId } from './regions.ts';

/** One thing a search can find (the screen words it in the active language). */
export type SearchHit =
  | { kind: 'muscle'; muscleId: string; score: number }
  | { kind: 'region'; region: RegionId; score: number }
  /** What people call a pain ("migraine"), as the areas where it is felt. */
  | { kind: 'condition'; conditionId: string; regions: readonly RegionId[]; score: number }
  | {
      kind: 'complaint';
      /** The complaint as the catalogue words it. */
      complaint: string;
      /** The trigger points known for it, one per muscle, most often responsible first. */
      triggerPoints: readonly { muscleId: string; triggerPointId: string }[];
      score: number;
    };

/** The words a search looks through, in the active language, with the facts it orders by. */
export interface SearchWords {
  muscles: readonly {
    id: string;
    name: string;
    aliases: readonly string[];
    triggerPoints: readonly {
      id: string;
      complaints: readonly string[];
      referral: ReferralPattern;
    }[];
  }[];
  regions: readonly {
    id: RegionId;
    label: string;
    description: string;
    synonyms: readonly string[];
  }[];
  painGuides?: readonly PainGuide[];
  conditions?: readonly {
    id: string;
    name: string;
    synonyms: readonly string[];
    regions: readonly RegionId[];
  }[];
}

type Unscored<T> = T extends unknown ? Omit<T, 'score'> : never;

interface Doc {
  key: string;
  hit: Unscored<SearchHit>;
  names: string[];
  words: string[];
}

export interface SearchIndex {
  search: (query: string, limit?: number) => SearchHit[];
}

/**
 * A forgiving search over muscle names and aliases, region names in everyday words, what people
 * call their pain ("migraine", "TMJ", "heart") and the complaints trigger points are known for
 * ("tennis elbow", "sciatica"). Typo-tolerant (fuzzy), ranked best first.
 */
export function createSearchIndex(atlas: SearchWords): SearchIndex {
  const docs: Doc[] = [];
  for (const muscle of atlas.muscles) {
    docs.push({
      key: `muscle:${muscle.id}`,
      hit: { kind: 'muscle', muscleId: muscle.id },
      names: [muscle.name, ...muscle.aliases],
      words: [],
    });
  }
  for (const region of atlas.regions) {
    docs.push({
      key: `region:${region.id}`,
      hit: { kind: 'region', region: region.id },
      names: [region.label, ...region.synonyms],
      words: [region.description],
    });
  }
  for (const condition of atlas.conditions ?? []) {
    docs.push({
      key: `condition:${condition.id}`,
      hit: { kind: 'condition', conditionId: condition.id, regions: condition.regions },
      names: [condition.name, ...condition.synonyms],
      words: [],
    });
  }
  const complaints = new Map<
    string,
    { label: string; tps: { muscleId: string; triggerPointId: string }[] }
  >();
  for (const muscle of atlas.muscles) {
    for (const tp of muscle.triggerPoints) {
      for (const complaint of tp.complaints) {
        const key = complaint.trim().toLowerCase();
        const entry = complaints.get(key) ?? { label: complaint.trim(), tps: [] };
        if (!entry.tps.some((t) => t.muscleId === muscle.id))
          entry.tps.push({ muscleId: muscle.id, triggerPointId: tp.id });
        complaints.set(key, entry);
      }
    }
  }
  // Order each complaint's muscles as the pain guides order them for the areas they refer to.
  const guideRank = (muscleId: string, triggerPointId: string): number => {
    const tp = atlas.muscles
      .find((m) => m.id === muscleId)
      ?.triggerPoints.find((t) => t.id === triggerPointId);
    let best = 0;
    for (const guide of atlas.painGuides ?? []) {
      const i = guide.muscles.indexOf(muscleId);
      if (i < 0 || !tp?.referral.essential.some((z) => guide.regions.includes(z.region))) continue;
      best = Math.max(best, 1 - i / guide.muscles.length);
    }
    return best;
  };
  for (const entry of complaints.values()) {
    entry.tps.sort(
      (a, b) => guideRank(b.muscleId, b.triggerPointId) - guideRank(a.muscleId, a.triggerPointId),
    );
  }
  for (const [key, { label, tps }] of complaints) {
    docs.push({
      key: `complaint:${key}`,
      hit: { kind: 'complaint', complaint: label, triggerPoints: tps },
      names: [label],
      words: [],
    });
  }

  // "golfer's" and "golfer’s" are the same word: people type the straight apostrophe.
  for (const doc of docs) {
    doc.names = doc.names.map(sameApostrophe);
    doc.words = doc.words.map(sameApostrophe);
  }
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'names', weight: 3 },
      { name: 'words', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    // "epaule" finds "épaule": people type without accents.
    ignoreDiacritics: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });

  return {
    search: (query, limit = 12) => {
      const q = sameApostrophe(query.trim());
      if (q.length < 2) return [];
      return fuse
        .search(q, { limit })
        .map((r) => ({ ...r.item.hit, score: 1 - (r.score ?? 1) }) as SearchHit);
    },
  };
}

function sameApostrophe(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc`]/g, "'");
}
