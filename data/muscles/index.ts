import type { MuscleFacts } from '../../src/domain/atlas.ts';
import { abductorDigitiMinimiFoot } from './abductor-digiti-minimi-foot.ts';
import { abductorDigitiMinimiHand } from './abductor-digiti-minimi-hand.ts';
import { abductorHallucis } from './abductor-hallucis.ts';
import { adductorBrevis } from './adductor-brevis.ts';
import { adductorHallucis } from './adductor-hallucis.ts';
import { adductorLongus } from './adductor-longus.ts';
import { adductorMagnus } from './adductor-magnus.ts';
import { adductorPollicis } from './adductor-pollicis.ts';
import { anconeus } from './anconeus.ts';
import { bicepsBrachii } from './biceps-brachii.ts';
import { bicepsFemoris } from './biceps-femoris.ts';
import { brachialis } from './brachialis.ts';
import { brachioradialis } from './brachioradialis.ts';
import { buccinator } from './buccinator.ts';
import { bulbospongiosus } from './bulbospongiosus.ts';
import { cervicalMultifidi } from './cervical-multifidi.ts';
import { coccygeus } from './coccygeus.ts';
import { coracobrachialis } from './coracobrachialis.ts';
import { deltoid } from './deltoid.ts';
import { diaphragm } from './diaphragm.ts';
import { digastric } from './digastric.ts';
import { extensorCarpiRadialisBrevis } from './extensor-carpi-radialis-brevis.ts';
import { extensorCarpiRadialisLongus } from './extensor-carpi-radialis-longus.ts';
import { extensorCarpiUlnaris } from './extensor-carpi-ulnaris.ts';
import { extensorDigitorum } from './extensor-digitorum.ts';
import { extensorDigitorumBrevis } from './extensor-digitorum-brevis.ts';
import { extensorDigitorumLongus } from './extensor-digitorum-longus.ts';
import { extensorHallucisBrevis } from './extensor-hallucis-brevis.ts';
import { extensorHallucisLongus } from './extensor-hallucis-longus.ts';
import { extensorIndicis } from './extensor-indicis.ts';
import { externalOblique } from './external-oblique.ts';
import { fibularisBrevis } from './fibularis-brevis.ts';
import { fibularisLongus } from './fibularis-longus.ts';
import { fibularisTertius } from './fibularis-tertius.ts';
import { flexorCarpiRadialis } from './flexor-carpi-radialis.ts';
import { flexorCarpiUlnaris } from './flexor-carpi-ulnaris.ts';
import { flexorDigitorumBrevis } from './flexor-digitorum-brevis.ts';
import { flexorDigitorumLongus } from './flexor-digitorum-longus.ts';
import { flexorDigitorumProfundus } from './flexor-digitorum-profundus.ts';
import { flexorDigitorumSuperficialis } from './flexor-digitorum-superficialis.ts';
import { flexorHallucisBrevis } from './flexor-hallucis-brevis.ts';
import { flexorHallucisLongus } from './flexor-hallucis-longus.ts';
import { flexorPollicisLongus } from './flexor-pollicis-longus.ts';
import { footInterossei } from './foot-interossei.ts';
import { gastrocnemius } from './gastrocnemius.ts';
import { gluteusMaximus } from './gluteus-maximus.ts';
import { gluteusMedius } from './gluteus-medius.ts';
import { gluteusMinimus } from './gluteus-minimus.ts';
import { gracilis } from './gracilis.ts';
import { handInterossei } from './hand-interossei.ts';
import { iliocostalisLumborum } from './iliocostalis-lumborum.ts';
import { iliocostalisThoracis } from './iliocostalis-thoracis.ts';
import { iliopsoas } from './iliopsoas.ts';
import { infraspinatus } from './infraspinatus.ts';
import { intercostals } from './intercostals.ts';
import { internalOblique } from './internal-oblique.ts';
import { lateralPterygoid } from './lateral-pterygoid.ts';
import { ischiocavernosus } from './ischiocavernosus.ts';
import { latissimusDorsi } from './latissimus-dorsi.ts';
import { levatorAni } from './levator-ani.ts';
import { levatorScapulae } from './levator-scapulae.ts';
import { longissimusThoracis } from './longissimus-thoracis.ts';
import { longusColli } from './longus-colli.ts';
import { lowerTrapezius } from './lower-trapezius.ts';
import { masseter } from './masseter.ts';
import { medialPterygoid } from './medial-pterygoid.ts';
import { middleTrapezius } from './middle-trapezius.ts';
import { obturatorInternus } from './obturator-internus.ts';
import { occipitofrontalis } from './occipitofrontalis.ts';
import { opponensPollicis } from './opponens-pollicis.ts';
import { orbicularisOculi } from './orbicularis-oculi.ts';
import { palmarisLongus } from './palmaris-longus.ts';
import { pectineus } from './pectineus.ts';
import { pectoralisMajor } from './pectoralis-major.ts';
import { pectoralisMinor } from './pectoralis-minor.ts';
import { piriformis } from './piriformis.ts';
import { plantaris } from './plantaris.ts';
import { platysma } from './platysma.ts';
import { popliteus } from './popliteus.ts';
import { pronatorTeres } from './pronator-teres.ts';
import { pyramidalis } from './pyramidalis.ts';
import { quadratusLumborum } from './quadratus-lumborum.ts';
import { quadratusPlantae } from './quadratus-plantae.ts';
import { rectusAbdominis } from './rectus-abdominis.ts';
import { rectusFemoris } from './rectus-femoris.ts';
import { rhomboids } from './rhomboids.ts';
import { sartorius } from './sartorius.ts';
import { scalenes } from './scalenes.ts';
import { scalenusMinimus } from './scalenus-minimus.ts';
import { semimembranosus } from './semimembranosus.ts';
import { semispinalisCapitis } from './semispinalis-capitis.ts';
import { semitendinosus } from './semitendinosus.ts';
import { serratusAnterior } from './serratus-anterior.ts';
import { serratusPosteriorInferior } from './serratus-posterior-inferior.ts';
import { serratusPosteriorSuperior } from './serratus-posterior-superior.ts';
import { shortLateralRotators } from './short-lateral-rotators.ts';
import { soleus } from './soleus.ts';
import { sphincterAni } from './sphincter-ani.ts';
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
import { tensorFasciaeLatae } from './tensor-fasciae-latae.ts';
import { teresMajor } from './teres-major.ts';
import { teresMinor } from './teres-minor.ts';
import { thoracolumbarMultifidi } from './thoracolumbar-multifidi.ts';
import { tibialisAnterior } from './tibialis-anterior.ts';
import { tibialisPosterior } from './tibialis-posterior.ts';
import { transversusAbdominis } from './transversus-abdominis.ts';
import { tricepsBrachii } from './triceps-brachii.ts';
import { upperTrapezius } from './upper-trapezius.ts';
import { vastusIntermedius } from './vastus-intermedius.ts';
import { vastusLateralis } from './vastus-lateralis.ts';
import { vastusMedialis } from './vastus-medialis.ts';
import { zygomaticusMajor } from './zygomaticus-major.ts';

/** Every muscle of the atlas, head to foot. */
export const MUSCLES: readonly MuscleFacts[] = [
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
  scalenusMinimus,
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
  intercostals,
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
  iliocostalisThoracis,
  serratusPosteriorInferior,
  diaphragm,
  rectusAbdominis,
  pyramidalis,
  externalOblique,
  internalOblique,
  transversusAbdominis,
  iliocostalisLumborum,
  longissimusThoracis,
  thoracolumbarMultifidi,
  quadratusLumborum,
  iliopsoas,
  levatorAni,
  coccygeus,
  bulbospongiosus,
  ischiocavernosus,
  sphincterAni,
  gluteusMaximus,
  gluteusMedius,
  gluteusMinimus,
  piriformis,
  obturatorInternus,
  shortLateralRotators,
  tensorFasciaeLatae,
  sartorius,
  pectineus,
  adductorLongus,
  adductorBrevis,
  adductorMagnus,
  gracilis,
  rectusFemoris,
  vastusMedialis,
  vastusIntermedius,
  vastusLateralis,
  bicepsFemoris,
  semitendinosus,
  semimembranosus,
  popliteus,
  gastrocnemius,
  soleus,
  plantaris,
  tibialisAnterior,
  fibularisLongus,
  fibularisBrevis,
  fibularisTertius,
  extensorDigitorumLongus,
  extensorHallucisLongus,
  tibialisPosterior,
  flexorDigitorumLongus,
  flexorHallucisLongus,
  extensorDigitorumBrevis,
  extensorHallucisBrevis,
  abductorHallucis,
  flexorDigitorumBrevis,
  abductorDigitiMinimiFoot,
  quadratusPlantae,
  adductorHallucis,
  flexorHallucisBrevis,
  footInterossei,
];
