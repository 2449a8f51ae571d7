/** The domain layer: pure TypeScript, runs in Node and the browser alike. */
export type {
  Atlas,
  BodyAreaGroup,
  Depth,
  Muscle,
  MuscleAnatomy,
  OtherCause,
  OtherCauseKind,
  PressureCaution,
  PainGuide,
  Placement,
  PressureTechnique,
  Range,
  RedFlag,
  ReferralPattern,
  ReferralZone,
  RelativeSide,
  Source,
  SourceRef,
  StretchTechnique,
  TriggerPoint,
  Urgency,
} from './atlas.ts';
export { BODY_AREAS, OTHER_CAUSE_KINDS, SHARED_PROSE_PARTS } from './atlas.ts';
export type { BodyArea, Region, RegionGroup, RegionId, Side } from './regions.ts';
export {
  LABEL_CAPACITY,
  MUSCLE_CODE_COUNT,
  REGION_CODE_COUNT,
  areaFromCode,
  muscleCode,
  muscleFromCode,
  regionCode,
  surfaceMuscleCode,
} from './encoding.ts';
export {
  REGIONS,
  REGION_GROUPS,
  REGION_IDS,
  SIDES,
  areaKey,
  isRegionId,
  isSide,
  oppositeSide,
  sameArea,
} from './regions.ts';
export type {
  AreaMatch,
  GuidePlace,
  MatchKind,
  RankReason,
  RankedMuscle,
  RankedTriggerPoint,
} from './ranking.ts';
export { patternAreas, rankMuscles, rankTriggerPoints, zoneAreas } from './ranking.ts';
export type { AtlasProblem } from './validate.ts';
export { validateAtlas } from './validate.ts';
export type { AtlasIndex, ReferralEntry, TriggerPointEntry } from './atlasIndex.ts';
export { createAtlasIndex } from './atlasIndex.ts';
export type { FlagReason, ShownFlag, TechniqueSafety } from './safety.ts';
export { emergencyFlagsFor, flagsForAreas, otherCausesFor, safetyFor } from './safety.ts';
export type { LandmarkId, Vec3 } from './anatomy/landmarks.ts';
export { LANDMARKS, LANDMARK_IDS, landmark } from './anatomy/landmarks.ts';
export type { ResolvedPlacement } from './anatomy/placement.ts';
export { resolvePlacement } from './anatomy/placement.ts';
export type { Figure, Skeleton } from './anatomy/build.ts';
export { FIGURES, FIGURE_SKELETONS, isFigure } from './anatomy/build.ts';
