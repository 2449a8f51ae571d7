import type { Muscle } from '../../src/domain/atlas.ts';
import { abductorDigitiMinimiHand } from './abductor-digiti-minimi-hand.ts';
import { adductorPollicis } from './adductor-pollicis.ts';
import { anconeus } from './anconeus.ts';
import { bicepsBrachii } from './biceps-brachii.ts';
import { brachialis } from './brachialis.ts';
import { brachioradialis } from './brachioradialis.ts';
import { buccinator } from './buccinator.ts';
import { cervicalMultifidi } from './cervical-multifidi.ts';
import { coracobrachialis } from './coracobrachialis.ts';
import { deltoid } from './deltoid.ts';
import { digastric } from './digastric.ts';
import { extensorCarpiRadialisBrevis } from './extensor-carpi-radialis-brevis.ts';
import { extensorCarpiRadialisLongus } from './extensor-carpi-radialis-longus.ts';
import { extensorCarpiUlnaris } from './extensor-carpi-ulnaris.ts';
import { extensorDigitorum } from './extensor-digitorum.ts';
import { extensorIndicis } from './extensor-indicis.ts';
import { flexorCarpiRadialis } from './flexor-carpi-radialis.ts';
import { flexorCarpiUlnaris } from './flexor-carpi-ulnaris.ts';
import { flexorDigitorumProfundus } from './flexor-digitorum-profundus.ts';
import { flexorDigitorumSuperficialis } from './flexor-digitorum-superficialis.ts';
import { flexorPollicisLongus } from './flexor-pollicis-longus.ts';
import { gluteusMedius } from './gluteus-medius.ts';
import { gluteusMinimus } from './gluteus-minimus.ts';
import { handInterossei } from './hand-interossei.ts';
import { iliopsoas } from './iliopsoas.ts';
import { infraspinatus } from './infraspinatus.ts';
import { lateralPterygoid } from './lateral-pterygoid.ts';
import { latissimusDorsi } from './latissimus-dorsi.ts';
import { levatorScapulae } from './levator-scapulae.ts';
import { longusColli } from './longus-colli.ts';
import { lowerTrapezius } from './lower-trapezius.ts';
import { masseter } from './masseter.ts';
import { medialPterygoid } from './medial-pterygoid.ts';
import { middleTrapezius } from './middle-trapezius.ts';
import { occipitofrontalis } from './occipitofrontalis.ts';
import { opponensPollicis } from './opponens-pollicis.ts';
import { orbicularisOculi } from './orbicularis-oculi.ts';
import { palmarisLongus } from './palmaris-longus.ts';
import { pectoralisMajor } from './pectoralis-major.ts';
import { pectoralisMinor } from './pectoralis-minor.ts';
import { piriformis } from './piriformis.ts';
import { platysma } from './platysma.ts';
import { pronatorTeres } from './pronator-teres.ts';
import { quadratusLumborum } from './quadratus-lumborum.ts';
import { rhomboids } from './rhomboids.ts';
import { scalenes } from './scalenes.ts';
import { semispinalisCapitis } from './semispinalis-capitis.ts';
import { serratusAnterior } from './serratus-anterior.ts';
import { serratusPosteriorSuperior } from './serratus-posterior-superior.ts';
import { spleniusCapitis } from './splenius-capitis.ts';
import { spleniusCervicis } from './splenius-cervicis.ts';
import { sternalis } from './sternalis.ts';
import { sternocleidomastoid } from './sternocleidomastoid.ts';
import { subclavius } from './subclavius.ts';
import { suboccipitals } from './suboccipitals.ts';
import { subscapularis } from './subscapularis.ts';
import { supinator } from './supinator.ts';
import { supraspinatus } from './supraspinatus.ts';
import { temporalis } from './temporalis.ts';
import { teresMajor } from './teres-major.ts';
import { teresMinor } from './teres-minor.ts';
import { tricepsBrachii } from './triceps-brachii.ts';
import { upperTrapezius } from './upper-trapezius.ts';
import { zygomaticusMajor } from './zygomaticus-major.ts';

/** Every muscle of the atlas, head to foot. */
export const MUSCLES: readonly Muscle[] = [
  temporalis,
  masseter,
  lateralPterygoid,
  medialPterygoid,
  digastric,
  occipitofrontalis,
  orbicularisOculi,
  zygomaticusMajor,
  buccinator,
  platysma,
  suboccipitals,
  sternocleidomastoid,
  upperTrapezius,
  spleniusCapitis,
  spleniusCervicis,
  semispinalisCapitis,
  cervicalMultifidi,
  levatorScapulae,
  scalenes,
  longusColli,
  middleTrapezius,
  lowerTrapezius,
  rhomboids,
  serratusPosteriorSuperior,
  supraspinatus,
  infraspinatus,
  teresMinor,
  teresMajor,
  subscapularis,
  latissimusDorsi,
  deltoid,
  coracobrachialis,
  pectoralisMajor,
  pectoralisMinor,
  subclavius,
  sternalis,
  serratusAnterior,
  bicepsBrachii,
  brachialis,
  tricepsBrachii,
  anconeus,
  brachioradialis,
  extensorCarpiRadialisLongus,
  extensorCarpiRadialisBrevis,
  extensorCarpiUlnaris,
  extensorDigitorum,
  extensorIndicis,
  supinator,
  palmarisLongus,
  flexorCarpiRadialis,
  flexorCarpiUlnaris,
  flexorDigitorumSuperficialis,
  flexorDigitorumProfundus,
  pronatorTeres,
  flexorPollicisLongus,
  adductorPollicis,
  opponensPollicis,
  handInterossei,
  abductorDigitiMinimiHand,
  quadratusLumborum,
  iliopsoas,
  gluteusMedius,
  gluteusMinimus,
  piriformis,
];
