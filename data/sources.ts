import type { Source } from '../src/domain/atlas.ts';

/** The reference works the atlas draws its facts from. Cite by id, with the chapter. */
export const SOURCES = [
  {
    id: 'travell-simons-1983-v1',
    authors: 'Janet G. Travell, David G. Simons',
    title:
      'Myofascial Pain and Dysfunction: The Trigger Point Manual. Volume 1: The Upper Extremities',
    edition: '1st edition',
    volume: 'Volume 1',
    publisher: 'Williams & Wilkins',
    year: 1983,
  },
  {
    id: 'simons-travell-simons-1999-v1',
    authors: 'David G. Simons, Janet G. Travell, Lois S. Simons',
    title:
      "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual. Volume 1: Upper Half of Body",
    edition: '2nd edition',
    volume: 'Volume 1',
    publisher: 'Williams & Wilkins',
    year: 1999,
  },
  {
    id: 'travell-simons-1992-v2',
    authors: 'Janet G. Travell, David G. Simons',
    title:
      'Myofascial Pain and Dysfunction: The Trigger Point Manual. Volume 2: The Lower Extremities',
    edition: '1st edition',
    volume: 'Volume 2',
    publisher: 'Williams & Wilkins',
    year: 1992,
  },
  {
    id: 'davies-2013',
    authors: 'Clair Davies, Amber Davies',
    title: 'The Trigger Point Therapy Workbook: Your Self-Treatment Guide for Pain Relief',
    edition: '3rd edition',
    publisher: 'New Harbinger',
    year: 2013,
  },
  {
    id: 'donnelly-2019',
    authors:
      'Joseph M. Donnelly, César Fernández-de-las-Peñas, Michelle Finnegan, Jennifer L. Freeman (eds.)',
    title: "Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual",
    edition: '3rd edition',
    publisher: 'Wolters Kluwer',
    year: 2019,
  },
  // Clinical guidance for red flags, other causes and pressure cautions. Online works that are
  // revised continuously carry the year we consulted them; cite each by topic or section.
  {
    id: 'nice-cks',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Clinical Knowledge Summaries (CKS)',
    edition: 'Online, revised continuously (topics consulted 2026)',
    publisher: 'NICE',
    year: 2026,
  },
  {
    id: 'nice-cg95',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title:
      'Recent-onset chest pain of suspected cardiac origin: assessment and diagnosis (clinical guideline CG95)',
    edition: 'Published 2010, last updated 2016',
    publisher: 'NICE',
    year: 2010,
  },
  {
    id: 'nice-ng12',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Suspected cancer: recognition and referral (NICE guideline NG12)',
    edition: 'Published 2015, updated since',
    publisher: 'NICE',
    year: 2015,
  },
  {
    id: 'nice-ng19',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Diabetic foot problems: prevention and management (NICE guideline NG19)',
    edition: 'Published 2015, updated since',
    publisher: 'NICE',
    year: 2015,
  },
  {
    id: 'nice-ng38',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Fractures (non-complex): assessment and management (NICE guideline NG38)',
    edition: 'Published 2016',
    publisher: 'NICE',
    year: 2016,
  },
  {
    id: 'nice-ng59',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title:
      'Low back pain and sciatica in over 16s: assessment and management (NICE guideline NG59)',
    edition: 'Published 2016, updated 2020',
    publisher: 'NICE',
    year: 2016,
  },
  {
    id: 'nice-ng128',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title:
      'Stroke and transient ischaemic attack in over 16s: diagnosis and initial management (NICE guideline NG128)',
    edition: 'Published 2019, updated since',
    publisher: 'NICE',
    year: 2019,
  },
  {
    id: 'nice-ng133',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Hypertension in pregnancy: diagnosis and management (NICE guideline NG133)',
    edition: 'Published 2019, updated 2023',
    publisher: 'NICE',
    year: 2019,
  },
  {
    id: 'nice-ng156',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Abdominal aortic aneurysm: diagnosis and management (NICE guideline NG156)',
    edition: 'Published 2020',
    publisher: 'NICE',
    year: 2020,
  },
  {
    id: 'nice-ng158',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title:
      'Venous thromboembolic diseases: diagnosis, management and thrombophilia testing (NICE guideline NG158)',
    edition: 'Published 2020, updated 2023',
    publisher: 'NICE',
    year: 2020,
  },
  {
    id: 'nice-ng228',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title:
      'Subarachnoid haemorrhage caused by a ruptured aneurysm: diagnosis and management (NICE guideline NG228)',
    edition: 'Published 2022',
    publisher: 'NICE',
    year: 2022,
  },
  {
    id: 'nice-ng232',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Head injury: assessment and early management (NICE guideline NG232)',
    edition: 'Published 2023',
    publisher: 'NICE',
    year: 2023,
  },
  {
    id: 'nice-ng234',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Spinal metastases and metastatic spinal cord compression (NICE guideline NG234)',
    edition: 'Published 2023',
    publisher: 'NICE',
    year: 2023,
  },
  {
    id: 'nice-ng240',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title:
      'Meningitis (bacterial) and meningococcal disease: recognition, diagnosis and management (NICE guideline NG240)',
    edition: 'Published 2024',
    publisher: 'NICE',
    year: 2024,
  },
  {
    id: 'nhs-conditions',
    authors: 'NHS England',
    title: 'NHS website: Health A to Z (conditions and symptoms pages)',
    edition: 'Online, revised continuously (pages consulted 2026)',
    publisher: 'NHS England',
    year: 2026,
  },
  {
    id: 'aha-heart-attack-signs',
    authors: 'American Heart Association',
    title: 'Warning Signs of a Heart Attack (heart.org)',
    edition: 'Online (page consulted 2026)',
    publisher: 'American Heart Association',
    year: 2026,
  },
  {
    id: 'swap-nagurney-2005',
    authors: 'Clifford J. Swap, John T. Nagurney',
    title:
      'Value and limitations of chest pain history in the evaluation of patients with suspected acute coronary syndromes',
    edition: 'Journal article, JAMA 294(20): 2623–2629',
    publisher: 'American Medical Association',
    year: 2005,
  },
  {
    id: 'stiell-1993-ottawa-ankle',
    authors: 'Ian G. Stiell, Gary H. Greenberg, R. Douglas McKnight, et al.',
    title:
      'Decision rules for the use of radiography in acute ankle injuries: refinement and prospective validation (the Ottawa ankle rules)',
    edition: 'Journal article, JAMA 269(9): 1127–1132',
    publisher: 'American Medical Association',
    year: 1993,
  },
  {
    id: 'stiell-1995-ottawa-knee',
    authors: 'Ian G. Stiell, Gary H. Greenberg, George A. Wells, et al.',
    title:
      'Derivation of a decision rule for the use of radiography in acute knee injuries (the Ottawa knee rule)',
    edition: 'Journal article, Annals of Emergency Medicine 26(4): 405–413',
    publisher: 'Elsevier (American College of Emergency Physicians)',
    year: 1995,
  },
  {
    id: 'bsr-2006-hot-joint',
    authors: 'Gavin Coakley, Catherine Mathews, Mike Field, et al.',
    title:
      'BSR & BHPR, BOA, RCGP and BSAC guidelines for management of the hot swollen joint in adults',
    edition: 'Guideline, Rheumatology 45(8): 1039–1041',
    publisher: 'Oxford University Press (British Society for Rheumatology)',
    year: 2006,
  },
  {
    id: 'bsr-2020-gca',
    authors: 'Sarah L. Mackie, Christian Dejaco, Simone Appenzeller, et al.',
    title:
      'British Society for Rheumatology guideline on diagnosis and treatment of giant cell arteritis',
    edition: 'Guideline, Rheumatology 59(3): e1–e23',
    publisher: 'Oxford University Press (British Society for Rheumatology)',
    year: 2020,
  },
  {
    id: 'boast-10-compartment',
    authors: 'British Orthopaedic Association',
    title: 'BOAST: Diagnosis and Management of Compartment Syndrome of the Limbs',
    edition: 'British Orthopaedic Association Standard for Trauma (BOAST 10)',
    publisher: 'British Orthopaedic Association',
    year: 2014,
  },
  {
    id: 'goodman-2022',
    authors: 'John Heick, Rolando T. Lazaro (eds.)',
    title:
      "Goodman and Snyder's Differential Diagnosis for Physical Therapists: Screening for Referral",
    edition: '7th edition',
    publisher: 'Elsevier',
    year: 2022,
  },
  {
    id: 'werner-2019',
    authors: 'Ruth Werner',
    title: "A Massage Therapist's Guide to Pathology: Critical Thinking and Practical Application",
    edition: '7th edition',
    publisher: 'Books of Discovery',
    year: 2019,
  },
  {
    id: 'walton-2011',
    authors: 'Tracy Walton',
    title: 'Medical Conditions and Massage Therapy: A Decision Tree Approach',
    edition: '1st edition',
    publisher: 'Lippincott Williams & Wilkins (Wolters Kluwer)',
    year: 2011,
  },
  {
    id: 'goodman-heick-lazaro-2018',
    authors: 'Catherine Cavallaro Goodman, John Heick, Rolando T. Lazaro',
    title: 'Differential Diagnosis for Physical Therapists: Screening for Referral',
    edition: '6th edition',
    publisher: 'Elsevier',
    year: 2018,
  },
  {
    id: 'mayo-clinic-conditions',
    authors: 'Mayo Clinic Staff',
    title: 'Mayo Clinic: Diseases and Conditions',
    edition: 'Online, revised page by page',
    publisher: 'Mayo Foundation for Medical Education and Research',
    year: 2026,
  },
  {
    id: 'aaos-orthoinfo',
    authors: 'American Academy of Orthopaedic Surgeons',
    title: 'OrthoInfo',
    edition: 'Online, revised page by page',
    publisher: 'American Academy of Orthopaedic Surgeons',
    year: 2026,
  },
] as const satisfies readonly Source[];

export type SourceId = (typeof SOURCES)[number]['id'];
