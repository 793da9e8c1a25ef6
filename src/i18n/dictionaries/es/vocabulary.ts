/**
 * The vocabularies of src/taxonomy.ts in Spanish (see ../../vocabulary.ts), for a US community
 * (es-US). Person-first and free of ranking, like the English: no pathway is better than another,
 * and no word labels a person by a substance ("persona en recuperación", never "adicto"). The
 * reader is addressed as "usted". Fellowships keep the names they use in Spanish (Alcohólicos
 * Anónimos, Narcóticos Anónimos) or their own name when they have no Spanish one (SMART Recovery).
 */
import type { VocabularyTranslation } from '../../vocabulary.ts';

export const vocabulary: VocabularyTranslation = {
  support: {
    emotional: {
      label: 'Apoyo emocional',
      description:
        'Alguien que le escucha y se preocupa por usted: mentoría entre pares, grupos dirigidos por pares y personas que han pasado por lo mismo, para que se sienta con más confianza.',
    },
    informational: {
      label: 'Información y aprendizaje',
      description:
        'Conocimientos y habilidades que puede usar: clases, talleres, preparación para el trabajo, clínicas legales e información de salud.',
    },
    instrumental: {
      label: 'Ayuda práctica',
      description:
        'Ayuda concreta para resolver cosas: un lugar donde vivir, comida, cuidado de niños, transporte y ayuda para solicitar servicios.',
    },
    affiliational: {
      label: 'Comunidad y pertenencia',
      description:
        'Lugares y personas con quienes sentirse parte: centros de recuperación, eventos sociales sin alcohol ni drogas, deportes, arte y comunidades de fe.',
    },
  },
  pathways: {
    'twelve-step': {
      label: 'Doce pasos',
      description:
        'Grupos de ayuda mutua basados en los doce pasos, como AA, NA, CA y CMA, y los grupos para familiares que los acompañan.',
    },
    'faith-based': {
      label: 'Basado en la fe',
      description:
        'Recuperación con raíces en una tradición religiosa, como Celebrate Recovery o el programa propio de una congregación.',
    },
    spiritual: {
      label: 'Espiritual',
      description:
        'Recuperación que se apoya en la espiritualidad sin estar ligada a una religión, como los grupos basados en la meditación.',
    },
    secular: {
      label: 'Laico',
      description: 'Recuperación sin un marco espiritual, como SMART Recovery, LifeRing o Women for Sobriety.',
    },
    'medication-assisted': {
      label: 'Medicamentos para el trastorno por consumo de opioides (MOUD)',
      description:
        'Recuperación que incluye medicamentos como la buprenorfina, la metadona o la naltrexona. Los lugares marcados así reciben a las personas que los toman.',
    },
    cultural: {
      label: 'Cultural',
      description:
        'Recuperación basada en las tradiciones y formas de sanación de una cultura, como Wellbriety de los pueblos nativos americanos.',
    },
    'harm-reduction': {
      label: 'Reducción de daños',
      description:
        'Acompañar a cada persona donde está: naloxona, materiales para un consumo más seguro y apoyo para cualquier cambio positivo.',
    },
  },
  categories: {
    'recovery-housing': {
      label: 'Vivienda de recuperación',
      description:
        'Hogares libres de alcohol y drogas para personas en recuperación, desde casas dirigidas por pares hasta residencias con personal.',
    },
    'mutual-aid-meeting': {
      label: 'Reuniones de ayuda mutua',
      description: 'Reuniones de recuperación dirigidas por pares, en persona, en línea o de las dos formas.',
    },
    'recovery-community-center': {
      label: 'Centros comunitarios de recuperación',
      description:
        'Lugares donde la recuperación sucede: un espacio abierto sin cita, acompañamiento entre pares, eventos y conexión.',
    },
    'peer-support': {
      label: 'Apoyo entre pares para la recuperación',
      description:
        'Coaches de recuperación y especialistas de pares que le acompañan en el camino y le ayudan a encontrar lo que necesita.',
    },
    treatment: {
      label: 'Tratamiento',
      description:
        'Tratamiento ambulatorio, residencial y con medicamentos para el trastorno por consumo de sustancias.',
    },
    'harm-reduction': {
      label: 'Servicios de reducción de daños',
      description: 'Naloxona, servicios de jeringas, tiras de prueba y atención de salud sin juicios.',
    },
    employment: {
      label: 'Trabajo y empleadores',
      description:
        'Empleadores que apoyan la recuperación y que dan una oportunidad justa a personas con antecedentes, y ayuda para prepararse y encontrar trabajo.',
    },
    dental: {
      label: 'Atención dental',
      description: 'Dentistas y clínicas con atención gratuita, de bajo costo o con tarifa según sus ingresos.',
    },
    health: {
      label: 'Atención médica',
      description:
        'Atención primaria, servicios de VIH y hepatitis C, y clínicas que reciben bien a las personas en recuperación.',
    },
    'mental-health': {
      label: 'Salud mental',
      description: 'Consejería y servicios de salud mental, también para condiciones concurrentes.',
    },
    food: {
      label: 'Comida',
      description: 'Despensas de alimentos, comidas comunitarias y ayuda para inscribirse en beneficios de alimentos.',
    },
    clothing: { label: 'Ropa', description: 'Ropa gratis, incluida ropa para el trabajo y para entrevistas.' },
    'childcare-family': {
      label: 'Cuidado de niños y familia',
      description: 'Cuidado de niños, clases para madres y padres, y apoyo para las familias.',
    },
    transportation: {
      label: 'Transporte',
      description: 'Viajes, pases de autobús y ayuda para llegar a citas, al trabajo y a las reuniones.',
    },
    'legal-reentry': {
      label: 'Ayuda legal y reintegración',
      description:
        'Borrado de antecedentes, tribunales de recuperación, programas de reintegración y ayuda con registros, identificaciones y multas.',
    },
    education: {
      label: 'Educación',
      description: 'GED y educación para adultos, programas de recuperación universitarios y capacitación.',
    },
    'sober-social': {
      label: 'Vida social sin alcohol ni drogas',
      description: 'Diversión sin alcohol ni drogas: eventos, deportes, noches de juegos y reuniones.',
    },
    'faith-community': {
      label: 'Comunidades de fe',
      description: 'Congregaciones y grupos de fe que reciben bien a las personas en recuperación.',
    },
    cultural: {
      label: 'Arte y cultura',
      description: 'Música, arte, teatro y actividades culturales que apoyan la recuperación.',
    },
  },
  populations: {
    women: { label: 'Mujeres', description: 'Para mujeres, o especialmente acogedor para ellas.' },
    men: { label: 'Hombres', description: 'Para hombres, o especialmente acogedor para ellos.' },
    youth: { label: 'Jóvenes', description: 'Para adolescentes y personas más jóvenes.' },
    'young-adults': { label: 'Adultos jóvenes', description: 'Para personas de unos 18 a 30 años.' },
    seniors: { label: 'Personas mayores', description: 'Para adultos mayores.' },
    veterans: { label: 'Veteranos', description: 'Para personas que sirvieron en las fuerzas armadas.' },
    lgbtq: { label: 'LGBTQ+', description: 'Dirigido por personas LGBTQ+ o que las afirma.' },
    families: {
      label: 'Familias',
      description: 'Para familiares y seres queridos, o para familias completas.',
    },
    'pregnant-parenting': {
      label: 'Embarazo y crianza',
      description: 'Para personas embarazadas o que están criando a sus hijos.',
    },
    reentry: {
      label: 'Personas que regresan a la comunidad',
      description: 'Para personas que salen de la cárcel o la prisión, o que tienen antecedentes.',
    },
    homeless: { label: 'Sin vivienda', description: 'Para personas sin un lugar estable donde vivir.' },
    'co-occurring': {
      label: 'Condiciones concurrentes',
      description:
        'Para personas que viven con un trastorno por consumo de sustancias y también con una condición de salud mental.',
    },
    native: {
      label: 'Nativos e indígenas',
      description: 'Dirigido por o para personas nativas e indígenas.',
    },
    'spanish-speaking': { label: 'Hispanohablantes', description: 'Para personas que hablan español.' },
  },
  attendance: {
    'in-person': { label: 'En persona', description: 'En un lugar físico.' },
    online: { label: 'En línea', description: 'Solo por video o en línea; no hay un lugar físico.' },
    hybrid: {
      label: 'En persona y en línea',
      description: 'En un lugar físico, y también puede participar en línea.',
    },
    phone: { label: 'Por teléfono', description: 'Llamando a una línea telefónica.' },
  },
  costs: {
    free: { label: 'Gratis', description: 'Sin costo.' },
    'sliding-scale': {
      label: 'Tarifa según ingresos',
      description: 'El precio depende de lo que usted pueda pagar.',
    },
    'low-cost': { label: 'Bajo costo', description: 'Una cuota pequeña.' },
    insurance: {
      label: 'Acepta seguro médico',
      description: 'Se cobra al seguro, incluido Medicaid cuando se indica.',
    },
    fee: { label: 'Con costo', description: 'Una cuota o renta regular.' },
  },
  accessibility: {
    wheelchair: {
      label: 'Acceso para silla de ruedas',
      description: 'Entrada sin escalones y espacio para moverse.',
    },
    'accessible-restroom': {
      label: 'Baño accesible',
      description: 'Un baño que se puede usar con silla de ruedas.',
    },
    asl: {
      label: 'ASL (lengua de señas)',
      description: 'Interpretación en lengua de señas americana (ASL) disponible.',
    },
    'hearing-loop': { label: 'Bucle auditivo', description: 'Un bucle de inducción para audífonos.' },
    'fragrance-free': {
      label: 'Sin fragancias',
      description: 'Un espacio donde se pide no usar perfumes ni aromas.',
    },
    'large-print': { label: 'Letra grande', description: 'Materiales impresos en letra grande.' },
  },
  features: {
    childcare: {
      label: 'Cuidado de niños en el lugar',
      description: 'Alguien cuida a los niños mientras usted participa.',
    },
    'kid-friendly': { label: 'Niños bienvenidos', description: 'Puede venir con sus hijos.' },
    'transportation-help': {
      label: 'Ayuda con transporte',
      description: 'Se puede organizar un viaje o el pasaje del autobús.',
    },
    'food-provided': { label: 'Se ofrece comida', description: 'Se sirve una comida o algo de comer.' },
    wifi: { label: 'Wi-Fi gratis', description: 'Internet inalámbrico gratis.' },
    showers: { label: 'Duchas', description: 'Duchas que puede usar.' },
    laundry: { label: 'Lavandería', description: 'Lavadoras y secadoras que puede usar.' },
    'phone-charging': { label: 'Carga de teléfono', description: 'Un lugar para cargar su teléfono.' },
    'pets-allowed': { label: 'Se permiten mascotas', description: 'Se permiten mascotas.' },
    'walk-in': { label: 'Sin cita', description: 'No necesita hacer cita.' },
    naloxone: {
      label: 'Naloxona disponible',
      description: 'Naloxona (Narcan) gratis para llevar.',
    },
  },
  fellowships: {
    aa: {
      label: 'Alcohólicos Anónimos (AA)',
      description: 'Comunidad de doce pasos para la recuperación del alcohol.',
    },
    na: {
      label: 'Narcóticos Anónimos (NA)',
      description: 'Comunidad de doce pasos para la recuperación de las drogas.',
    },
    ca: {
      label: 'Cocaína Anónimos (CA)',
      description: 'Comunidad de doce pasos para la recuperación de la cocaína y otras sustancias.',
    },
    cma: {
      label: 'Crystal Meth Anonymous (CMA)',
      description: 'Comunidad de doce pasos para la recuperación de la metanfetamina.',
    },
    smart: {
      label: 'SMART Recovery',
      description: 'Reuniones de autoayuda laicas y basadas en la ciencia.',
    },
    'recovery-dharma': {
      label: 'Recovery Dharma',
      description: 'Reuniones dirigidas por pares con prácticas inspiradas en el budismo.',
    },
    'refuge-recovery': {
      label: 'Refuge Recovery',
      description: 'Reuniones de recuperación inspiradas en el budismo.',
    },
    'celebrate-recovery': {
      label: 'Celebrate Recovery',
      description: 'Programa de recuperación centrado en Cristo.',
    },
    lifering: { label: 'LifeRing', description: 'Apoyo entre pares, laico y basado en la abstinencia.' },
    'women-for-sobriety': {
      label: 'Women for Sobriety',
      description: 'Apoyo laico entre pares para mujeres.',
    },
    'all-recovery': {
      label: 'All Recovery',
      description: 'Reuniones abiertas a todos los caminos y a todas las sustancias.',
    },
    'al-anon': { label: 'Al-Anon', description: 'Para familiares y amistades de personas que beben.' },
    'nar-anon': {
      label: 'Nar-Anon',
      description: 'Para familiares y amistades de personas que consumen drogas.',
    },
    wellbriety: {
      label: 'Wellbriety',
      description: 'Círculos de recuperación de los pueblos nativos americanos, basados en su cultura.',
    },
    other: { label: 'Otra comunidad', description: 'Otro grupo dirigido por pares.' },
  },
  statuses: {
    active: { label: 'Abierto', description: 'Funciona como se indica.' },
    'temporarily-closed': {
      label: 'Cerrado temporalmente',
      description: 'Cerrado por ahora; se espera que vuelva a abrir.',
    },
    closed: { label: 'Cerrado', description: 'Ya no funciona; no se publica.' },
  },
  verifiedHow: {
    phone: { label: 'por teléfono', description: 'Un voluntario llamó.' },
    visit: { label: 'en persona', description: 'Un voluntario fue al lugar.' },
    email: { label: 'por correo electrónico', description: 'Se confirmó por correo electrónico.' },
    website: { label: 'en su sitio web', description: 'Se revisó en su propio sitio web.' },
    provider: { label: 'por el proveedor', description: 'El proveedor actualizó el listado.' },
  },
  narrLevels: {
    '1': {
      label: 'Nivel I (dirigido por pares)',
      description: 'Lo dirigen los propios residentes de forma democrática, como las Oxford Houses.',
    },
    '2': {
      label: 'Nivel II (supervisión básica)',
      description: 'Un encargado de la casa o un residente con experiencia, reuniones de la casa y algo de estructura.',
    },
    '3': {
      label: 'Nivel III (con supervisión)',
      description: 'Personal pagado, un horario fijo y apoyo con habilidades para la vida.',
    },
    '4': {
      label: 'Nivel IV (proveedor de servicios)',
      description: 'Servicios clínicos en el mismo lugar, dentro de un entorno residencial.',
    },
  },
  housingGenders: {
    men: { label: 'Hombres', description: 'Una residencia para hombres.' },
    women: { label: 'Mujeres', description: 'Una residencia para mujeres.' },
    any: { label: 'Cualquier género', description: 'Abierta a residentes de cualquier género.' },
  },
  moudPolicies: {
    welcome: {
      label: 'Se aceptan medicamentos',
      description: 'Se recibe a residentes que toman metadona, buprenorfina o naltrexona.',
    },
    'case-by-case': {
      label: 'Medicamentos según el caso',
      description: 'Se considera a cada residente que toma medicamentos por separado; llame para preguntar.',
    },
    'not-accepted': {
      label: 'No se aceptan medicamentos',
      description:
        'Esta residencia no acepta a residentes que toman medicamentos para el trastorno por consumo de opioides.',
    },
  },
  weekdays: {
    monday: { label: 'Lunes', description: 'lun' },
    tuesday: { label: 'Martes', description: 'mar' },
    wednesday: { label: 'Miércoles', description: 'mié' },
    thursday: { label: 'Jueves', description: 'jue' },
    friday: { label: 'Viernes', description: 'vie' },
    saturday: { label: 'Sábado', description: 'sáb' },
    sunday: { label: 'Domingo', description: 'dom' },
  },
  timesOfDay: {
    morning: { label: 'Mañana', description: 'De 5 a.m. a mediodía' },
    afternoon: { label: 'Tarde', description: 'De mediodía a 5 p.m.' },
    evening: { label: 'Tarde-noche', description: 'De 5 p.m. a 9 p.m.' },
    night: { label: 'Noche', description: 'De 9 p.m. a 5 a.m.' },
  },
  allPathways: {
    label: 'Todos los caminos son bienvenidos',
    description: 'Recibe a personas en cualquier camino de recuperación.',
  },
};
