/** The referral atlas: the whole typed dataset. Pure data; runs in Node and the browser. */
import type { Atlas } from '../src/domain/atlas.ts';
import { REGIONS } from '../src/domain/regions.ts';
import { MUSCLES } from './muscles/index.ts';
import { OTHER_CAUSES } from './other-causes.ts';
import { PAIN_GUIDES } from './pain-guides.ts';
import { PRESSURE_CAUTIONS } from './pressure-cautions.ts';
import { RED_FLAGS } from './red-flags.ts';
import { SOURCES } from './sources.ts';

export const atlas: Atlas = {
  regions: REGIONS,
  muscles: MUSCLES,
  redFlags: RED_FLAGS,
  sources: SOURCES,
  painGuides: PAIN_GUIDES,
  otherCauses: OTHER_CAUSES,
  pressureCautions: PRESSURE_CAUTIONS,
};

export { MUSCLES, OTHER_CAUSES, PAIN_GUIDES, PRESSURE_CAUTIONS, RED_FLAGS, REGIONS, SOURCES };
export type { SourceId } from './sources.ts';
export { COMPLAINT_SHORTCUTS } from './shortcuts.ts';
export type { ComplaintShortcut } from './shortcuts.ts';
export { EVERYDAY_CONDITIONS } from './conditions.ts';
export type { EverydayCondition } from './conditions.ts';
