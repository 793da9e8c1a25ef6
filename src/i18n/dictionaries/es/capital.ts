/**
 * El chequeo de apoyos para la recuperación (/es/recovery-capital/): una reflexión privada, nunca
 * un examen. Se habla de "usted" y de recursos, nunca del valor de la persona.
 */
import type { Dictionary } from '../../dictionary.ts';

export const capital: Dictionary['capital'] = {
  title: 'Revise sus apoyos para la recuperación',
  navLabel: 'Chequeo',
  description:
    'Un chequeo privado de los apoyos en su vida, y un plan para la próxima semana con lugares cerca de usted.',
  lede: 'La recuperación crece con muchas cosas: un hogar seguro, personas que lo apoyan, su salud, lo que necesita cada día y un propósito. Este chequeo le ayuda a ver lo que ya tiene y a elegir qué construir ahora.',
  notATest:
    'Es una reflexión para usted y para quien usted decida compartirla. No es un examen ni un diagnóstico, y ninguna respuesta es buena o mala. Omita lo que no tenga que ver con su vida.',
  privacy:
    '**Privado desde el principio.** Lo que escriba se queda en este teléfono o computadora. No se envía a ningún lugar y no se guarda, a menos que elija “Guardar en este dispositivo”.',
  paper:
    'Puede llenarlo en la pantalla o imprimirlo y usar una pluma. Un coach de recuperación entre pares puede revisarlo con usted.',
  howTo: 'En cada frase, elija qué tan de acuerdo está.',
  areas: {
    home: 'Hogar y necesidades diarias',
    people: 'Las personas en su vida',
    health: 'Su salud',
    recovery: 'Su recuperación',
    purpose: 'Propósito y comunidad',
  },
  statements: {
    'sober-home': {
      text: 'Tengo un lugar donde vivir libre de alcohol y otras drogas.',
      short: 'Un hogar libre de alcohol y drogas',
    },
    income: {
      text: 'Tengo trabajo o ingresos que cubren mis necesidades básicas.',
      short: 'Trabajo o ingresos para lo básico',
    },
    meals: { text: 'Como comidas saludables casi todos los días.', short: 'Comidas saludables' },
    clothes: { text: 'Tengo ropa lavada y cómoda para ponerme.', short: 'Ropa lavada y cómoda' },
    legal: {
      text: 'Mis asuntos legales están resueltos, o voy al día con ellos.',
      short: 'Asuntos legales al día',
    },
    partner: {
      text: 'Si tengo pareja, apoya mi recuperación.',
      short: 'El apoyo de mi pareja',
    },
    family: {
      text: 'Hay personas de mi familia que apoyan mi recuperación.',
      short: 'Familia que apoya mi recuperación',
    },
    friends: { text: 'Tengo amistades que apoyan mi recuperación.', short: 'Amistades que apoyan mi recuperación' },
    peers: {
      text: 'Algunas de las personas cercanas a mí también están en recuperación.',
      short: 'Personas cercanas en recuperación',
    },
    mentor: { text: 'Tengo un padrino, madrina o mentor a quien acudir.', short: 'Un padrino, madrina o mentor' },
    mentoring: {
      text: 'Alguien me busca como su padrino, madrina o mentor.',
      short: 'Acompañar a alguien como mentor',
    },
    'physical-health': { text: 'Mi salud física es buena.', short: 'Salud física' },
    'mental-health': { text: 'Mi salud mental es buena.', short: 'Salud mental' },
    'mental-health-plan': {
      text: 'Tengo un plan para cuidar mi salud mental.',
      short: 'Un plan para mi salud mental',
    },
    'mental-health-medication': {
      text: 'Si necesito medicamentos para mi salud mental, los tengo.',
      short: 'Medicamentos para mi salud mental, cuando los necesito',
    },
    'craving-medication': {
      text: 'Si necesito medicamentos para las ansias de consumir, los tengo.',
      short: 'Medicamentos para las ansias de consumir, cuando los necesito',
    },
    'recovery-plan': {
      text: 'Tengo un plan de recuperación por escrito.',
      short: 'Un plan de recuperación por escrito',
    },
    'groups-nearby': {
      text: 'Hay grupos de apoyo para la recuperación a los que puedo llegar.',
      short: 'Grupos de recuperación a mi alcance',
    },
    'groups-regular': {
      text: 'Participo con regularidad en un grupo de apoyo para la recuperación.',
      short: 'Participar en un grupo de recuperación',
    },
    'daily-practice': {
      text: 'Tengo hábitos diarios que apoyan mi recuperación, como orar, meditar, leer o llamar a alguien.',
      short: 'Hábitos diarios que apoyan mi recuperación',
    },
    goals: { text: 'Tengo metas por las que estoy trabajando.', short: 'Metas por las que trabajo' },
    community: { text: 'Me siento parte de mi comunidad.', short: 'Ser parte de mi comunidad' },
    service: {
      text: 'Ayudo a otras personas, con servicio o haciendo voluntariado.',
      short: 'Ayudar a otras personas',
    },
  },
  ratings: {
    5: 'Totalmente de acuerdo',
    4: 'Mayormente de acuerdo',
    3: 'Algo de acuerdo',
    2: 'Mayormente en desacuerdo',
    1: 'Totalmente en desacuerdo',
  },
  grow: 'Quiero crecer en esta área',
  suggested: 'Usted marcó esto más bajo: podría ser un área para crecer',
  placesFor: 'Lugares que pueden ayudar: {categories}',
  strengths: {
    heading: 'Sus fortalezas',
    intro: 'Esto ya lo tiene. Puede apoyarse en ello mientras construye lo demás.',
    none: 'Mientras responde, aquí aparecerá aquello con lo que más está de acuerdo.',
  },
  growth: {
    heading: 'Áreas para crecer',
    intro:
      'Elija hasta cinco áreas para trabajar en los próximos seis meses, con la casilla debajo de cada frase. Las que marcó más bajo aparecen como ideas, pero usted decide lo que importa.',
    chosen: { one: '{n} de {max} elegida', other: '{n} de {max} elegidas' },
    full: 'Ya eligió cinco áreas. Para elegir otra, quite una primero.',
    none: 'Todavía no ha elegido áreas. Elija una o más con “Quiero crecer en esta área”.',
    ideas: 'Ideas a partir de sus respuestas (las frases que marcó más bajo):',
    change: 'Cambiar',
  },
  places: {
    heading: 'Lugares cerca de usted que pueden ayudar',
    intro:
      'Para cada área que eligió, estos son lugares de este mapa que pueden ayudar. Agregue los que quiera a su lista o a su plan.',
    nearLabel: 'Más cerca de (código postal o ciudad)',
    nearButton: 'Mostrar los más cercanos',
    nearClear: 'Borrar',
    nearUnknown: 'No encontramos “{place}”. Pruebe con un código postal o una ciudad de la zona.',
    nearNote: 'Se busca en este dispositivo; no se envía a ningún lugar.',
    nearFrom: 'Primero los más cercanos a {place}.',
    loading: 'Buscando lugares…',
    failed: 'No se pudieron cargar los lugares. Revise su conexión o vea las [categorías](browse).',
    none: 'Todavía no hay lugares en este mapa para esta área. Puede preguntar a un coach de recuperación entre pares o [buscar en el buscador](find).',
    shown: 'Se muestran {shown} de {total}.',
    showAll: { one: 'Verlo en el buscador', other: 'Ver los {n} en el buscador' },
    inPlan: 'Poner en mi plan',
    miles: { one: '{n} milla', other: '{n} millas' },
  },
  nextWeek: {
    heading: 'En la próxima semana voy a…',
    line: 'Paso {n}',
  },
  helpers: {
    heading: 'Quién me va a ayudar',
    line: 'Persona, grupo o lugar {n}',
  },
  keep: {
    heading: 'Imprimir, compartir o guardar',
    print: 'Imprimir mi plan',
    share: 'Compartir con mi coach',
    shareNote:
      'Cualquier persona con este enlace puede ver sus respuestas. Van después del “#”, así que abrirlo no las envía a ningún servidor. Envíelo solo a alguien de su confianza.',
    shareLabel: 'Enlace a su chequeo',
    copy: 'Copiar enlace',
    copied: 'Enlace copiado.',
    keep: 'Guardar en este dispositivo',
    keepNote:
      'Guarda sus respuestas en este navegador para que pueda volver. Cualquier persona que use este dispositivo podría verlas.',
    kept: 'Sus respuestas se guardan en este dispositivo. Se actualizan mientras avanza.',
    erase: 'Borrar todo',
    eraseNote: 'Borra sus respuestas de esta página y de este dispositivo.',
    erased: 'Borrado. No queda nada de este chequeo en este dispositivo.',
    restored: 'Sus respuestas se abrieron desde un enlace.',
  },
  plan: {
    title: 'Mi plan de recuperación',
    made: 'Hecho el {date}',
    strengths: 'Mis fortalezas',
    areas: 'Áreas que elegí para crecer',
    places: 'Lugares que pueden ayudar',
    noPlaces: 'Todavía no eligió un lugar.',
    nextWeek: 'En la próxima semana voy a',
    helpers: 'Quién me va a ayudar',
  },
  start: {
    heading: 'Revise sus apoyos para la recuperación',
    text: 'Un chequeo privado de su hogar, las personas en su vida, su salud y su propósito, con un plan que señala lugares cerca de usted. Nada sale de su dispositivo.',
    link: 'Empezar el chequeo',
  },
};
