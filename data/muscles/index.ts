import type { Muscle } from '../../src/domain/atlas.ts';
import { gluteusMedius } from './gluteus-medius.ts';
import { gluteusMinimus } from './gluteus-minimus.ts';
import { iliopsoas } from './iliopsoas.ts';
import { infraspinatus } from './infraspinatus.ts';
import { levatorScapulae } from './levator-scapulae.ts';
import { piriformis } from './piriformis.ts';
import { quadratusLumborum } from './quadratus-lumborum.ts';
import { scalenes } from './scalenes.ts';
import { sternocleidomastoid } from './sternocleidomastoid.ts';
import { suboccipitals } from './suboccipitals.ts';
import { temporalis } from './temporalis.ts';
import { upperTrapezius } from './upper-trapezius.ts';

/** Every muscle of the atlas, head to foot. */
export const MUSCLES: readonly Muscle[] = [
  temporalis,
  suboccipitals,
  sternocleidomastoid,
  upperTrapezius,
  levatorScapulae,
  scalenes,
  infraspinatus,
  quadratusLumborum,
  iliopsoas,
  gluteusMedius,
  gluteusMinimus,
  piriformis,
];
