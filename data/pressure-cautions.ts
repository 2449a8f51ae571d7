import type { PressureCaution } from '../src/domain/atlas.ts';

/**
 * Health conditions that change whether, or how firmly, to press on a muscle. Shown before every
 * pressure technique they concern, with the red flags.
 */
export const PRESSURE_CAUTIONS: readonly PressureCaution[] = [];
