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
  // Clinical guidance for the other causes of pain (data/other-causes.ts) and the red flags. The
  // online works are revised page by page; their year is the year they were consulted, and the
  // chapter of each citation names the page or topic.
  {
    id: 'nice-cks',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Clinical Knowledge Summaries (CKS)',
    edition: 'Online, revised topic by topic',
    publisher: 'National Institute for Health and Care Excellence',
    year: 2026,
  },
  {
    id: 'nhs-conditions',
    authors: 'NHS England',
    title: 'NHS website: Health A to Z (nhs.uk/conditions)',
    edition: 'Online, revised page by page',
    publisher: 'NHS England',
    year: 2026,
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
