/**
 * The everyday words people type for each vocabulary term, in English and Spanish, defined once
 * beside the taxonomy (src/taxonomy.ts).
 *
 * A listing is indexed with the words of every term it has (src/lib/finder/search-record.ts), so
 * "sober living", "Suboxone", "dentista" or "trabajo" find the listings they mean even when the
 * listing's own text never uses them. The same words let a search that finds nothing suggest the
 * nearest category (src/lib/finder/no-results.ts).
 *
 * Each table is keyed by the vocabulary's ids and checked against them, so a misspelt or missing
 * id fails type-checking. The words are plain text, never markup. Keep them person-first: words
 * people use for a service, not labels for people. Leave a word out of a term when it would make
 * that term match searches for something else (no "vivienda" for people without housing, no
 * medication names for houses that do not accept medication).
 */
import type {
  ACCESSIBILITY,
  ALL_PATHWAYS,
  ATTENDANCE,
  CATEGORIES,
  COSTS,
  FEATURES,
  FELLOWSHIPS,
  HOUSING_GENDERS,
  MOUD_POLICIES,
  NARR_LEVELS,
  PATHWAYS,
  POPULATIONS,
  SUPPORT_TYPES,
  Term,
  WEEKDAYS,
} from './taxonomy.ts';

/** The words for one term: what people type in English and in Spanish. */
export interface TermWords {
  readonly en: readonly string[];
  readonly es: readonly string[];
}

/** A table with exactly one entry per id of a vocabulary. */
type WordsFor<T extends readonly Term[], Extra extends string = never> = {
  readonly [Id in T[number]['id'] | Extra]: TermWords;
};

const CATEGORY_WORDS = {
  'recovery-housing': {
    en: [
      'sober living',
      'sober house',
      'halfway house',
      'recovery home',
      'recovery residence',
      'Oxford House',
      'transitional housing',
      'housing',
      'place to live',
    ],
    es: ['vivienda de recuperación', 'vivienda', 'casa de recuperación', 'hogar de transición'],
  },
  'mutual-aid-meeting': {
    en: ['meeting', 'meetings', 'support group', 'mutual aid', 'fellowship', 'group'],
    es: ['reunión', 'reuniones', 'grupo de apoyo', 'junta'],
  },
  'recovery-community-center': {
    en: ['recovery center', 'drop-in', 'community center', 'RCO', 'clubhouse'],
    es: ['centro de recuperación', 'centro comunitario'],
  },
  'peer-support': {
    en: ['peer', 'recovery coach', 'peer coach', 'peer specialist', 'mentor', 'navigator', 'coaching'],
    es: ['apoyo entre pares', 'compañero', 'coach de recuperación', 'mentor'],
  },
  treatment: {
    en: ['rehab', 'detox', 'outpatient', 'inpatient', 'residential treatment', 'IOP', 'substance use treatment'],
    es: ['tratamiento', 'rehabilitación', 'desintoxicación', 'centro de tratamiento'],
  },
  'harm-reduction': {
    en: ['naloxone', 'Narcan', 'syringe', 'needle exchange', 'test strips', 'fentanyl test strips', 'safer use'],
    es: ['reducción de daños', 'naloxona', 'jeringas', 'tiras reactivas'],
  },
  employment: {
    en: ['job', 'jobs', 'work', 'employer', 'hiring', 'career', 'second chance job', 'resume'],
    es: ['trabajo', 'empleo', 'chamba', 'empleador'],
  },
  dental: {
    en: ['dentist', 'dental', 'teeth', 'tooth', 'toothache', 'cleaning', 'dental clinic'],
    es: ['dentista', 'dental', 'dientes', 'muela', 'clínica dental'],
  },
  health: {
    en: ['doctor', 'clinic', 'primary care', 'medical', 'health center', 'HIV', 'hepatitis', 'hep C', 'nurse'],
    es: ['salud', 'médico', 'doctor', 'clínica', 'atención médica'],
  },
  'mental-health': {
    en: ['counseling', 'counselor', 'therapy', 'therapist', 'psychiatrist', 'depression', 'anxiety', 'crisis'],
    es: ['salud mental', 'consejería', 'terapia', 'psicólogo', 'depresión', 'ansiedad'],
  },
  food: {
    en: ['food pantry', 'food bank', 'meal', 'meals', 'groceries', 'SNAP', 'food stamps', 'hungry'],
    es: ['comida', 'alimentos', 'despensa', 'banco de comida', 'comedor'],
  },
  clothing: {
    en: ['clothes', 'clothing closet', 'coat', 'shoes', 'interview clothes', 'work clothes'],
    es: ['ropa', 'ropero', 'zapatos', 'abrigo'],
  },
  'childcare-family': {
    en: ['child care', 'childcare', 'daycare', 'kids', 'children', 'parenting', 'family support'],
    es: ['cuidado de niños', 'guardería', 'niños', 'familia', 'crianza'],
  },
  transportation: {
    en: ['ride', 'rides', 'bus', 'bus pass', 'transit', 'gas card', 'car', 'transportation'],
    es: ['transporte', 'viaje', 'autobús', 'camión', 'pase de autobús'],
  },
  'legal-reentry': {
    en: ['lawyer', 'legal aid', 'expungement', 'record', 'court', 'reentry', 'driver’s license', 'ID', 'fines'],
    es: ['abogado', 'ayuda legal', 'antecedentes', 'corte', 'licencia de manejo', 'identificación', 'multas'],
  },
  education: {
    en: ['school', 'GED', 'class', 'classes', 'college', 'training', 'adult education', 'literacy'],
    es: ['educación', 'escuela', 'clases', 'universidad', 'capacitación', 'inglés'],
  },
  'sober-social': {
    en: ['sober fun', 'sober events', 'social', 'sports', 'game night', 'dance', 'hangout', 'things to do'],
    es: ['diversión sin alcohol', 'eventos', 'deportes', 'convivencia', 'baile'],
  },
  'faith-community': {
    en: ['church', 'faith', 'congregation', 'mosque', 'temple', 'synagogue', 'worship', 'prayer'],
    es: ['iglesia', 'fe', 'congregación', 'templo', 'oración'],
  },
  cultural: {
    en: ['art', 'arts', 'music', 'theatre', 'theater', 'culture', 'creative', 'open mic'],
    es: ['arte', 'música', 'teatro', 'cultura'],
  },
} as const satisfies WordsFor<typeof CATEGORIES>;

const SUPPORT_WORDS = {
  emotional: {
    en: ['someone to talk to', 'listening', 'encouragement', 'peer support', 'lonely'],
    es: ['apoyo emocional', 'alguien con quien hablar', 'escuchar', 'ánimo'],
  },
  informational: {
    en: ['information', 'workshop', 'learn', 'advice', 'skills', 'how to'],
    es: ['información', 'taller', 'aprender', 'consejos'],
  },
  instrumental: {
    en: ['practical help', 'assistance', 'resources', 'basic needs'],
    es: ['ayuda práctica', 'ayuda', 'asistencia', 'recursos'],
  },
  affiliational: {
    en: ['community', 'belonging', 'connection', 'friends', 'fellowship'],
    es: ['comunidad', 'pertenencia', 'amistad', 'amigos'],
  },
} as const satisfies WordsFor<typeof SUPPORT_TYPES>;

const PATHWAY_WORDS = {
  'twelve-step': {
    en: ['12 step', '12-step', 'twelve steps', 'sponsor', 'Big Book', 'steps'],
    es: ['doce pasos', '12 pasos', 'padrino'],
  },
  'faith-based': {
    en: ['Christian', 'church', 'faith', 'God', 'Bible', 'ministry'],
    es: ['cristiano', 'iglesia', 'fe', 'Dios', 'ministerio'],
  },
  spiritual: {
    en: ['spirituality', 'meditation', 'mindfulness', 'higher power'],
    es: ['espiritual', 'espiritualidad', 'meditación', 'atención plena'],
  },
  secular: {
    en: ['non-religious', 'not religious', 'science-based', 'atheist', 'agnostic'],
    es: ['laico', 'sin religión', 'no religioso'],
  },
  'medication-assisted': {
    en: [
      'MAT',
      'MOUD',
      'medication',
      'medication-assisted treatment',
      'medication for opioid use disorder',
      'Suboxone',
      'buprenorphine',
      'bupe',
      'subs',
      'Sublocade',
      'methadone',
      'Vivitrol',
      'naltrexone',
    ],
    es: ['medicamento', 'medicamentos', 'tratamiento con medicamentos', 'metadona', 'buprenorfina', 'naltrexona'],
  },
  cultural: {
    en: ['culture', 'traditional healing', 'Native', 'Indigenous', 'Wellbriety', 'culturally specific'],
    es: ['cultura', 'cultural', 'sanación tradicional', 'indígena'],
  },
  'harm-reduction': {
    en: ['harm reduction', 'naloxone', 'Narcan', 'safer use', 'any positive change'],
    es: ['reducción de daños', 'naloxona', 'uso más seguro'],
  },
  'all-pathways': {
    en: ['any pathway', 'all pathways', 'every pathway', 'all welcome'],
    es: ['todos los caminos', 'todas las vías', 'todos bienvenidos'],
  },
} as const satisfies WordsFor<typeof PATHWAYS, typeof ALL_PATHWAYS>;

const POPULATION_WORDS = {
  women: { en: ['women', 'woman', 'female', 'ladies'], es: ['mujeres', 'mujer'] },
  men: { en: ['men', 'man', 'male', 'guys'], es: ['hombres', 'hombre'] },
  youth: { en: ['teens', 'teenagers', 'youth', 'kids', 'high school'], es: ['jóvenes', 'adolescentes'] },
  'young-adults': {
    en: ['young adults', 'young people', 'college students', 'twenties'],
    es: ['adultos jóvenes', 'jóvenes', 'estudiantes'],
  },
  seniors: { en: ['seniors', 'older adults', 'elders', 'retired'], es: ['personas mayores', 'adultos mayores'] },
  veterans: { en: ['veterans', 'vets', 'military', 'VA'], es: ['veteranos', 'militares'] },
  lgbtq: {
    en: ['LGBTQ', 'LGBT', 'gay', 'lesbian', 'bisexual', 'transgender', 'trans', 'queer', 'nonbinary'],
    es: ['LGBTQ', 'gay', 'lesbiana', 'trans', 'diversidad sexual'],
  },
  families: {
    en: ['family', 'families', 'loved ones', 'parents', 'spouse', 'friends and family'],
    es: ['familia', 'familias', 'seres queridos', 'padres'],
  },
  'pregnant-parenting': {
    en: ['pregnant', 'pregnancy', 'moms', 'mothers', 'dads', 'parenting', 'new parents'],
    es: ['embarazada', 'embarazo', 'madres', 'mamás', 'padres'],
  },
  reentry: {
    en: ['returning citizens', 'reentry', 'record', 'felony', 'justice involved', 'after prison', 'second chance'],
    es: ['reingreso', 'antecedentes penales', 'después de la cárcel', 'segunda oportunidad'],
  },
  homeless: {
    en: ['homeless', 'unhoused', 'without a home', 'living outside', 'shelter'],
    es: ['sin hogar', 'sin techo', 'situación de calle', 'albergue'],
  },
  'co-occurring': {
    en: ['dual diagnosis', 'co-occurring', 'mental health and substance use'],
    es: ['diagnóstico dual', 'salud mental y consumo'],
  },
  native: {
    en: ['Native American', 'Native', 'Indigenous', 'tribal', 'First Nations', 'American Indian'],
    es: ['indígena', 'nativo americano', 'pueblos originarios'],
  },
  'spanish-speaking': {
    en: ['Spanish', 'Latino', 'Latina', 'Latinx', 'Hispanic', 'bilingual'],
    es: ['español', 'en español', 'hispano', 'latino', 'bilingüe'],
  },
} as const satisfies WordsFor<typeof POPULATIONS>;

const ATTENDANCE_WORDS = {
  'in-person': { en: ['in person', 'face to face'], es: ['en persona', 'presencial'] },
  online: { en: ['online', 'virtual', 'Zoom', 'video', 'internet'], es: ['en línea', 'virtual', 'por internet'] },
  hybrid: { en: ['hybrid', 'online or in person', 'Zoom'], es: ['híbrido', 'en línea o en persona'] },
  phone: { en: ['phone', 'call', 'by phone', 'hotline', 'telephone'], es: ['teléfono', 'por teléfono', 'llamar'] },
} as const satisfies WordsFor<typeof ATTENDANCE>;

const COST_WORDS = {
  free: { en: ['free', 'no cost', 'no charge', 'free of charge'], es: ['gratis', 'gratuito', 'sin costo'] },
  'sliding-scale': {
    en: ['sliding scale', 'sliding fee', 'income based', 'pay what you can'],
    es: ['escala móvil', 'según ingresos', 'tarifa reducida'],
  },
  'low-cost': { en: ['low cost', 'cheap', 'affordable', 'inexpensive'], es: ['bajo costo', 'económico', 'barato'] },
  insurance: {
    en: ['insurance', 'Medicaid', 'Medicare', 'Healthy Michigan', 'insurance accepted'],
    es: ['seguro', 'seguro médico', 'Medicaid', 'Medicare'],
  },
  fee: { en: ['fee', 'rent', 'paid', 'weekly rent'], es: ['cuota', 'renta', 'pago'] },
} as const satisfies WordsFor<typeof COSTS>;

const ACCESSIBILITY_WORDS = {
  wheelchair: {
    en: ['wheelchair', 'accessible', 'ADA', 'ramp', 'elevator'],
    es: ['silla de ruedas', 'accesible', 'rampa', 'elevador'],
  },
  'accessible-restroom': {
    en: ['accessible restroom', 'accessible bathroom', 'ADA restroom'],
    es: ['baño accesible', 'sanitario accesible'],
  },
  asl: {
    en: ['ASL', 'sign language', 'Deaf', 'interpreter'],
    es: ['lengua de señas', 'lenguaje de señas', 'sordo', 'intérprete'],
  },
  'hearing-loop': {
    en: ['hearing loop', 'hearing aid', 'induction loop', 'hard of hearing'],
    es: ['bucle magnético', 'aparato auditivo', 'problemas de audición'],
  },
  'fragrance-free': {
    en: ['fragrance free', 'scent free', 'chemical sensitivity'],
    es: ['sin fragancias', 'sin perfumes', 'sin aromas'],
  },
  'large-print': { en: ['large print', 'big print', 'low vision'], es: ['letra grande', 'baja visión'] },
} as const satisfies WordsFor<typeof ACCESSIBILITY>;

const FEATURE_WORDS = {
  childcare: {
    en: ['child care on site', 'childcare', 'babysitting', 'child watch'],
    es: ['cuidado de niños', 'guardería'],
  },
  'kid-friendly': {
    en: ['kid friendly', 'kids welcome', 'bring the kids', 'family friendly'],
    es: ['niños bienvenidos', 'para toda la familia'],
  },
  'transportation-help': {
    en: ['ride', 'rides', 'bus fare', 'transportation help'],
    es: ['transporte', 'ayuda con transporte', 'pasaje'],
  },
  'food-provided': { en: ['meal', 'snacks', 'food provided', 'lunch', 'dinner'], es: ['comida', 'refrigerio'] },
  wifi: { en: ['wifi', 'Wi-Fi', 'internet'], es: ['wifi', 'internet'] },
  showers: { en: ['shower', 'showers'], es: ['regadera', 'ducha', 'duchas'] },
  laundry: { en: ['laundry', 'washer', 'dryer', 'wash clothes'], es: ['lavandería', 'lavar ropa'] },
  'phone-charging': { en: ['charge phone', 'phone charging', 'charger'], es: ['cargar teléfono', 'cargador'] },
  'pets-allowed': { en: ['pets', 'dog', 'cat', 'pet friendly'], es: ['mascotas', 'perro', 'gato'] },
  'walk-in': {
    en: ['walk-in', 'walk in', 'no appointment', 'drop in', 'same day'],
    es: ['sin cita', 'sin cita previa', 'el mismo día'],
  },
  naloxone: { en: ['naloxone', 'Narcan', 'overdose'], es: ['naloxona', 'sobredosis'] },
} as const satisfies WordsFor<typeof FEATURES>;

const FELLOWSHIP_WORDS = {
  aa: { en: ['AA', 'Alcoholics Anonymous', 'alcohol', 'drinking'], es: ['Alcohólicos Anónimos', 'alcohol'] },
  na: { en: ['NA', 'Narcotics Anonymous', 'drugs'], es: ['Narcóticos Anónimos', 'drogas'] },
  ca: { en: ['CA', 'Cocaine Anonymous', 'cocaine', 'crack'], es: ['Cocaína Anónimos', 'cocaína'] },
  cma: { en: ['CMA', 'Crystal Meth Anonymous', 'meth', 'crystal'], es: ['metanfetamina', 'cristal'] },
  smart: { en: ['SMART', 'SMART Recovery', 'secular'], es: ['SMART', 'laico'] },
  'recovery-dharma': { en: ['Recovery Dharma', 'dharma', 'meditation', 'Buddhist'], es: ['meditación', 'budista'] },
  'refuge-recovery': { en: ['Refuge Recovery', 'refuge', 'Buddhist'], es: ['meditación', 'budista'] },
  'celebrate-recovery': {
    en: ['Celebrate Recovery', 'CR', 'Christian', 'church'],
    es: ['Celebremos la Recuperación', 'cristiano'],
  },
  lifering: { en: ['LifeRing', 'secular'], es: ['LifeRing', 'laico'] },
  'women-for-sobriety': { en: ['WFS', 'Women for Sobriety', 'women'], es: ['Mujeres por la Sobriedad', 'mujeres'] },
  'all-recovery': { en: ['All Recovery', 'any pathway', 'all pathways'], es: ['todas las vías', 'todos los caminos'] },
  'al-anon': {
    en: ['Al-Anon', 'Alateen', 'family of someone who drinks', 'loved one drinks'],
    es: ['Al-Anon', 'familiares', 'familia'],
  },
  'nar-anon': { en: ['Nar-Anon', 'family of someone using', 'loved one uses'], es: ['Nar-Anon', 'familiares'] },
  wellbriety: { en: ['Wellbriety', 'White Bison', 'Native', 'talking circle'], es: ['indígena', 'círculo'] },
  other: { en: ['support group', 'peer group'], es: ['grupo de apoyo'] },
} as const satisfies WordsFor<typeof FELLOWSHIPS>;

const MOUD_POLICY_WORDS = {
  welcome: {
    en: ['MAT friendly', 'MOUD', 'Suboxone', 'buprenorphine', 'methadone', 'Vivitrol', 'medication welcome'],
    es: ['medicamentos aceptados', 'metadona', 'buprenorfina'],
  },
  'case-by-case': {
    en: ['medication case by case', 'call to ask about medication'],
    es: ['medicamentos caso por caso'],
  },
  'not-accepted': { en: ['abstinence only', 'abstinence-based'], es: ['solo abstinencia'] },
} as const satisfies WordsFor<typeof MOUD_POLICIES>;

const HOUSING_GENDER_WORDS = {
  men: { en: ['men’s house', 'men only'], es: ['casa para hombres'] },
  women: { en: ['women’s house', 'women only'], es: ['casa para mujeres'] },
  any: { en: ['coed', 'co-ed', 'all genders', 'mixed'], es: ['mixto', 'todos los géneros'] },
} as const satisfies WordsFor<typeof HOUSING_GENDERS>;

const NARR_LEVEL_WORDS = {
  '1': { en: ['Oxford House', 'peer run', 'NARR level 1'], es: ['dirigida por residentes'] },
  '2': { en: ['house manager', 'monitored', 'NARR level 2'], es: ['encargado de casa', 'supervisada'] },
  '3': { en: ['supervised', 'staffed', 'NARR level 3'], es: ['con personal', 'supervisada'] },
  '4': { en: ['clinical', 'residential treatment', 'NARR level 4'], es: ['clínica', 'tratamiento residencial'] },
} as const satisfies WordsFor<typeof NARR_LEVELS>;

const WEEKDAY_WORDS = {
  monday: { en: ['Mon', 'Mondays'], es: ['lunes'] },
  tuesday: { en: ['Tue', 'Tues', 'Tuesdays'], es: ['martes'] },
  wednesday: { en: ['Wed', 'Wednesdays'], es: ['miércoles'] },
  thursday: { en: ['Thu', 'Thurs', 'Thursdays'], es: ['jueves'] },
  friday: { en: ['Fri', 'Fridays'], es: ['viernes'] },
  saturday: { en: ['Sat', 'Saturdays', 'weekend'], es: ['sábado', 'fin de semana'] },
  sunday: { en: ['Sun', 'Sundays', 'weekend'], es: ['domingo', 'fin de semana'] },
} as const satisfies WordsFor<typeof WEEKDAYS>;

/**
 * Every vocabulary's words, by the name the listing schema uses for it. The keys of each table
 * are the vocabulary's ids, checked above.
 */
export const TERM_WORDS = {
  category: CATEGORY_WORDS,
  support: SUPPORT_WORDS,
  pathway: PATHWAY_WORDS,
  population: POPULATION_WORDS,
  attendance: ATTENDANCE_WORDS,
  cost: COST_WORDS,
  accessibility: ACCESSIBILITY_WORDS,
  feature: FEATURE_WORDS,
  fellowship: FELLOWSHIP_WORDS,
  moud: MOUD_POLICY_WORDS,
  housingGender: HOUSING_GENDER_WORDS,
  narrLevel: NARR_LEVEL_WORDS,
  weekday: WEEKDAY_WORDS,
} as const;
export type WordVocabulary = keyof typeof TERM_WORDS;

/** Every word for one term, English then Spanish; none for an unknown id. */
export function wordsOf(vocabulary: WordVocabulary, id: string | undefined): readonly string[] {
  if (id === undefined) return [];
  const table: Readonly<Record<string, TermWords>> = TERM_WORDS[vocabulary];
  const words = Object.hasOwn(table, id) ? table[id] : undefined;
  return words ? [...words.en, ...words.es] : [];
}

/** Extra words for some terms of one vocabulary, by id. */
type SomeWordsFor<T extends readonly Term[], Extra extends string = never> = {
  readonly [Id in T[number]['id'] | Extra]?: readonly string[];
};

/**
 * Words volunteers write in a listing file in place of an id, beyond the search words above,
 * which the validator reads as "did you mean" (src/lib/validate/suggest.ts). They are kept apart
 * because a search must not use them: a search for "AA" should find AA meetings, not every
 * twelve-step group, and "practical" or "community" would match far too much. The README and
 * the site call the kinds of support "practical help" and "community", but files say
 * `instrumental` and `affiliational`.
 */
export const FILE_WORDS = {
  category: {
    'mutual-aid-meeting': ['AA', 'NA', 'aa-meeting', 'na-meeting', 'twelve-step'],
    'recovery-housing': ['recovery-home', 'recovery-residence', 'sober-living'],
    dental: ['dentistry', 'dentists'],
    'childcare-family': ['family'],
  } satisfies SomeWordsFor<typeof CATEGORIES>,
  support: {
    instrumental: ['practical', 'concrete'],
    affiliational: ['community', 'social', 'affiliation', 'affiliative'],
    emotional: ['emotion'],
    informational: ['information', 'educational'],
  } satisfies SomeWordsFor<typeof SUPPORT_TYPES>,
  pathway: {
    'twelve-step': ['AA', 'NA', 'CA', 'CMA', '12-steps', '12step'],
    'faith-based': ['religious'],
    'all-pathways': ['all', 'any', 'every'],
  } satisfies SomeWordsFor<typeof PATHWAYS, typeof ALL_PATHWAYS>,
} as const;
