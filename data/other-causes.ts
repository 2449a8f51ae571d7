import type { OtherCause } from '../src/domain/atlas.ts';

/**
 * What else, besides a muscle, commonly causes pain in each area: joints, nerves, organs, blood
 * vessels, bones. Each says how it tends to feel different from referred muscle pain and what to
 * do, and cites the clinical source it follows.
 */
export const OTHER_CAUSES: readonly OtherCause[] = [];
