import type { Dictionary } from '../../dictionary.ts';

export const pages: Dictionary['pages'] = {
  print: {
    helpLead: '¿Necesita ayuda en este momento?',
    helpLine: '{label}: llame al {phone}',
    helpText: 'o envíe un mensaje de texto al {phone}',
    emergency: 'En una emergencia, llame al 911.',
    printedOn: 'Impreso el {date} desde {site}.',
    published: 'Esta página se publicó el {date}.',
  },
  notFound: {
    title: 'No se encontró la página',
    heading: 'No encontramos esa página',
    text: 'Puede que el recurso se haya mudado o cerrado, o que el enlace tenga un error. Intente buscar, vaya a la [página de inicio](home) o [explore todo](browse).',
  },
  landing: {
    breadcrumb: 'Ruta de navegación',
    home: 'Inicio',
    categories: 'Categorías',
    support: 'Tipos de apoyo',
    pathways: 'Caminos de recuperación',
    count: { one: 'recurso', other: 'recursos' },
    pathwayNote: 'Incluye los lugares que dan la bienvenida a todos los caminos. Ningún camino es mejor que otro.',
  },
  pager: {
    label: 'Páginas de resultados',
    previous: 'Página anterior',
    next: 'Página siguiente',
    page: 'Página {n}',
    position: 'Página {page} de {count}',
  },
  browse: {
    title: 'Explorar',
    description: 'Todos los tipos de recursos para la recuperación que hay en el mapa.',
    categories: 'Por tipo de lugar o servicio',
    support: 'Por tipo de apoyo',
    pathways: 'Por camino de recuperación',
  },
  about: {
    title: 'Acerca de',
    description: 'Qué es este mapa, los tipos de apoyo que incluye y los valores que lo guían.',
    heading: 'Acerca de {site}',
    lede: 'Un mapa de las personas, los lugares y los grupos de {region} que ayudan a las personas a construir y mantener su recuperación del consumo de sustancias, y que ayudan a las familias que las acompañan.',
    intro:
      'La recuperación es más que el tratamiento. Es un lugar seguro donde vivir, un trabajo con un buen sueldo, un dentista que lo trata con respeto, una reunión esta noche, cuidado para los niños, transporte y un lugar sin alcohol ni drogas donde pasar un viernes por la noche. Las comunidades ya tienen muchos de estos recursos; este mapa los reúne en un solo lugar para que los compañeros, las familias y los coaches de recuperación entre pares los encuentren rápido.',
    supportHeading: 'Cuatro tipos de apoyo',
    supportText: 'Cada recurso indica qué tipos de apoyo social ofrece. La mayoría ofrece más de uno.',
    pathwaysHeading: 'Muchos caminos de recuperación',
    pathwaysText:
      'Las personas se recuperan de muchas maneras, y ninguna es mejor que otra. Cada recurso indica con qué caminos está relacionado, o que da la bienvenida a todos. Las residencias de recuperación siempre dicen si aceptan a residentes que toman medicamentos para el trastorno por consumo de opioides, porque eso es demasiado importante para adivinarlo.',
    valuesHeading: 'Lo que defendemos',
    values: {
      privacy:
        '**Su privacidad.** Sin cookies, sin rastreadores, sin cuentas. Lo que usted busca y dónde está se quedan en su dispositivo. El único otro sitio con el que este puede conectarse es el servicio que proporciona las imágenes del mapa, para dibujarlo.',
      anonymity:
        '**Anonimato.** Los recursos nunca nombran a personas individuales. Las casas de recuperación pueden mantener privada su dirección exacta; en ese caso, el mapa muestra solo la zona general.',
      respect:
        '**Respeto.** Hablamos de personas, no de etiquetas: una persona en recuperación, una persona con un trastorno por consumo de sustancias.',
      choice:
        '**Libertad de elegir.** Mostramos las opciones y las explicamos. No clasificamos los caminos ni le decimos a nadie lo que tiene que hacer.',
      trust:
        '**Confianza.** Cada recurso muestra cuándo lo revisó un voluntario por última vez. Los recursos que llevan tiempo sin revisarse se marcan, y cualquier persona puede informar de un problema con un solo toque.',
    },
    keptBy:
      'El mapa está a cargo de {keeper} y está hecho con software de código abierto: cualquier persona puede [ver cómo funciona](repo) o [ayudar a mantenerlo al día](contribute).',
    volunteers: 'voluntarios',
    writeTo: 'También puede escribir a [{email}](email).',
  },
  contribute: {
    title: 'Ayude a mantenerlo al día',
    description: 'Cómo los voluntarios revisan, actualizan y agregan recursos.',
    heading: 'Ayude a mantener el mapa al día',
    lede: 'Un número de teléfono equivocado o un programa que ya no acepta personas nuevas le puede costar una oportunidad a alguien. Los voluntarios mantienen este mapa correcto revisando los recursos y corrigiendo lo que ha cambiado. No necesita saber programar: {report}actualizar un recurso se hace en un navegador web, con una cuenta gratuita de {host}.',
    ledeReport: 'informar de un problema toma un solo correo electrónico, y ',
    formText:
      'La manera más fácil de agregar un recurso es [llenar el formulario](form): revisa cada respuesta mientras escribe, con las mismas reglas que se explican abajo, y envía el resultado para que lo revisen. Para cambiar un recurso, elija **Sugerir un cambio** en su página.',
    reportHeading: 'Avísenos si algo está mal',
    reportByEmail:
      'Cada recurso tiene un enlace **Informar de un problema**. Abre su propia aplicación de correo con un mensaje para {keeper} que ya nombra el recurso y enumera lo que podría estar mal: deje lo que corresponda, agregue lo que sepa y envíelo. No necesita una cuenta. También puede escribir a [{email}](email) sobre cualquier cosa del mapa.',
    reportOnHost:
      'Si tiene una cuenta de {host}, cada recurso también le ofrece informar del problema allí, donde todos pueden seguir lo que pasa.',
    reportHostOnly:
      'Cada recurso tiene un enlace **Informar de un problema**. Abre un informe nuevo en {host} que ya nombra el recurso y enumera lo que podría estar mal; necesita una cuenta gratuita de {host} para enviarlo.',
    noPersonal: 'Por favor, no incluya el nombre ni los datos personales de nadie.',
    verifyHeading: 'Revise y actualice un recurso',
    verifyText:
      'Cada recurso dice cuándo lo confirmó un voluntario por última vez. Después de {days} días sin revisión, su página dice que **puede estar desactualizado**.',
    queueHeading: 'Qué recursos hay que revisar',
    queueText:
      'La persona que coordina mantiene una **lista de revisión**: todos los recursos desactualizados y luego los que lo estarán en los próximos 30 días, del más antiguo al más reciente, cada uno con el número al que llamar. Sale del comando `npm run validate -- --stale`; la guía explica [cómo leer la lista](queue). También puede elegir cualquier página de recurso que diga “puede estar desactualizado”.',
    confirmHeading: 'Confirme los datos',
    confirmText:
      'Llame al número del recurso, visítelo, escríbale un correo o revise el sitio web de la organización. Confirme el nombre, la dirección, el teléfono, el horario o las horas de reunión, el costo, para quién es y, en las casas de recuperación, su política sobre los medicamentos para el trastorno por consumo de opioides (MOUD). Si no logra comunicarse, dígalo en su cambio en lugar de actualizar la fecha.',
    stepsHeading: 'Actualice el recurso, paso a paso',
    steps: {
      edit: 'En la página del recurso, elija **Editar este recurso**. GitHub abre su archivo; inicie sesión si se lo pide y acepte si GitHub le ofrece hacer su propia copia (un “fork”).',
      change:
        'Cambie lo que sea diferente. Deje cada campo en su propia línea como `campo: valor`, con los mismos espacios al comienzo de la línea que las líneas de alrededor. Los nombres de los campos se quedan en inglés.',
      date: 'Ponga en `last_verified` la fecha de hoy, escrita como `2026-11-24`, y en `verified_how` cómo lo revisó: `phone` (teléfono), `visit` (visita), `email` (correo), `website` (sitio web) o `provider` (el propio proveedor).',
      commit:
        'Elija **Commit changes**, diga brevemente lo que hizo y luego **Propose changes** y **Create pull request** (GitHub muestra estos botones en inglés).',
      check:
        'Una revisión automática lee su cambio. Si algo no está bien, la pestaña **Files changed** marca la línea y explica cómo corregirla, en palabras sencillas. Edite el archivo otra vez hasta que la revisión salga en verde.',
      review: 'Una persona revisa los datos y lo publica.',
    },
    closedText:
      'Si un lugar cerró para siempre, ponga `status: closed`: desaparece del sitio, pero se guarda su historial. Si está cerrado por un tiempo, ponga `status: temporarily-closed` y explíquelo en `status_note`.',
    addHeading: 'Agregue un recurso nuevo',
    add: {
      file: '[Cree un archivo nuevo](newFile) en la carpeta de su tipo, por ejemplo `data/listings/dental/smile-clinic.md`. El nombre del archivo será la dirección de la página: use letras minúsculas, números y guiones.',
      start:
        'Empiece el archivo con los campos entre dos líneas de tres guiones y luego una descripción corta en palabras sencillas. Los recursos se escriben en inglés; la traducción al español va en `translations`, con el nombre (si la gente lo conoce con otro nombre), el resumen y la descripción:',
      sample: `---
# yaml-language-server: $schema=../../../public/schema/listing.json
name: Smile Community Dental Clinic
category: dental
support: [instrumental]
summary: Sliding-scale dental care; people in recovery welcome.
address:
  street: 100 Example Ave
  city: Lansing
  region: MI
  postal_code: "48912"
geo: { lat: 42.7325, lng: -84.5555 }
phone: "517-555-0100"
cost: sliding-scale
hours:
  - days: [monday, tuesday, wednesday, thursday]
    opens: "08:00"
    closes: "17:00"
last_verified: 2026-11-24
verified_how: phone
translations:
  es:
    summary: Atención dental con tarifas según sus ingresos; personas en recuperación bienvenidas.
    description: Una clínica amable que atiende a adultos con o sin seguro médico.
---
A friendly clinic that sees adults with or without insurance.`,
      comment:
        'La primera línea es un comentario para los editores de código (vea más abajo); no cambia nada en el sitio.',
      quotes:
        'Ponga las horas y los códigos postales entre comillas (`"19:00"`, `"08540"`) para que se lean exactamente como están escritos. Nunca escriba el apellido ni los datos privados de una persona.',
      private:
        'Para una casa cuya dirección es privada, ponga `location_private: true`, no escriba la calle y ponga `geo` en una esquina a una o dos cuadras, no en la casa: los archivos son públicos. El sitio muestra solo una zona alrededor de ese punto, nunca un marcador.',
      pullRequest:
        'Guárdelo como una solicitud de cambios (pull request). Una revisión automática explica cualquier problema línea por línea, en palabras sencillas.',
    },
    newCommand:
      'Si puede ejecutar el proyecto en su computadora, `npm run new` le hace unas preguntas y escribe un recurso que pasa todas las revisiones.',
    fieldsHeading: 'Qué significan los campos',
    fieldsText:
      'La lista completa, con todos los valores permitidos y lo que revisa una persona, está en [la guía para voluntarios (CONTRIBUTING.md, en inglés)](guide). Los más importantes: `category` (un tipo de lugar), `support` (emotional, informational, instrumental o affiliational: emocional, informativo, práctico o de comunidad), `pathways` (o `[all-pathways]` cuando todos los caminos son bienvenidos) y, en las casas de recuperación, `housing.moud` (`welcome`, `case-by-case` o `not-accepted`).',
    editorsHeading: 'Editores que revisan mientras usted escribe',
    editorsText:
      'Las reglas también se publican como un [JSON Schema para los archivos de recursos](schema). Los editores de código con un servidor de lenguaje YAML, como VS Code con la extensión YAML de Red Hat, lo usan para subrayar un campo mal escrito o un valor que no está permitido, explicar cada campo y sugerir los valores permitidos. La primera línea de cada recurso le indica al editor dónde encontrarlo. La revisión automática de cada solicitud de cambios tiene la última palabra.',
  },
};
