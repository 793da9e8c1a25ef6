/**
 * La página de brechas (/es/gaps/), para organizaciones de la comunidad de recuperación y
 * planificadores: dónde hay recursos y dónde faltan. Palabras claras, que se puedan citar en una
 * solicitud de fondos.
 */
import type { Dictionary } from '../../dictionary.ts';

export const gaps: Dictionary['gaps'] = {
  title: 'Dónde falta apoyo para la recuperación',
  description:
    'Para planificadores: elija un tipo de apoyo y vea qué ciudades y códigos postales no tienen ninguno cerca, con una tabla de cobertura de toda la comunidad.',
  lede: 'Para organizaciones de la comunidad de recuperación, coaliciones y planificadores. Elija un tipo de apoyo y vea qué ciudades y códigos postales de {region} no tienen ninguno dentro de la distancia que elija.',
  meaning:
    '**Qué significa una brecha aquí:** que no hay ningún recurso en este mapa, lo que no prueba que no exista nada. Es una razón para ir a buscar y, si encuentra algo, [agregar un recurso](contribute).',
  controls: {
    heading: 'Qué buscar',
    category: 'Tipo de lugar o servicio',
    pathway: 'Camino',
    support: 'Tipo de apoyo',
    population: 'Para quién es',
    language: 'Idioma',
    accessibility: 'Accesibilidad',
    cost: 'Costo',
    attendance: 'Cómo se participa',
    any: 'Cualquiera',
    time: 'Reuniones que empiezan en la',
    weekend: 'Solo reuniones en sábado o domingo',
    within: 'A menos de',
    more: 'Más opciones: tipo de apoyo, para quién, idioma, horario de reuniones',
    show: 'Mostrar brechas',
  },
  noScript:
    'El mapa y la tabla de lugares necesitan JavaScript, que está desactivado en este navegador. Las tablas de cobertura de abajo funcionan sin él.',
  summary: {
    listings: { one: '{n} recurso coincide.', other: '{n} recursos coinciden.' },
    stale: {
      one: '{n} de ellos no se verificó en los últimos {days} días.',
      other: '{n} de ellos no se verificaron en los últimos {days} días.',
    },
    unplaced: {
      one: '{n} opción es en línea o por teléfono y llega a todos; no se cuenta en las distancias.',
      other: '{n} opciones son en línea o por teléfono y llegan a todos; no se cuentan en las distancias.',
    },
    places: {
      one: '{n} de {total} lugares no tiene ninguno a menos de {miles}.',
      other: '{n} de {total} lugares no tienen ninguno a menos de {miles}.',
    },
    loading: 'Calculando la cobertura…',
    failed: 'No se pudieron cargar los datos. Revise su conexión y vuelva a cargar la página.',
  },
  biggest: {
    heading: 'Las brechas más grandes',
    none: 'Todos los lugares tienen al menos uno a menos de {miles}.',
    line: 'Ningún recurso de {what} a menos de {miles} de {place} (el más cercano: {nearest}).',
    nowhere: 'Ningún recurso de {what} en este mapa, así que ninguno cerca de {place}.',
    qualified: '{what} para «{qualities}»',
    weekend: 'sábado o domingo',
    zip: 'código postal {zip}',
  },
  anything: 'este tipo',
  map: {
    heading: 'Mapa',
    label: 'Mapa de los lugares de la región y cuántos recursos que coinciden hay cerca de cada uno',
    covered: 'Un círculo con un número: cuántos hay a menos de {miles} de ese lugar.',
    gap: 'Un cuadrado rojo con una cruz: ninguno a menos de {miles}.',
    tilesFailed: 'No se pudo cargar el fondo del mapa (quizás no tiene conexión). Los lugares se siguen mostrando.',
  },
  table: {
    heading: 'Lugares',
    caption: 'Cada código postal y ciudad de la región, con los recursos que coinciden a menos de {miles}.',
    place: 'Lugar',
    kind: 'Tipo',
    zip: 'Código postal',
    town: 'Ciudad',
    count: 'A menos de {miles}',
    nearest: 'El más cercano',
    distance: 'Distancia',
    none: 'Ninguno en este mapa',
    gap: 'Brecha',
    sort: 'Ordenar por {column}',
  },
  download: 'Descargar la tabla (CSV)',
  fileName: 'brechas-apoyo-recuperacion',
  print: 'Imprimir un resumen de una página',
  matrix: {
    heading: 'Cobertura en toda la comunidad',
    intro:
      'Cada número es cuántos de los {places} lugares de la región no tienen ningún recurso de ese tipo a menos de {miles} millas; 0 significa que todos tienen al menos uno. Un guion significa que no hay ningún recurso así. Cada número lleva a esa combinación arriba.',
    pathways: 'Por camino',
    people: 'Por población e idioma',
    rowHeader: 'Tipo de lugar o servicio',
    cell: '{row}, {column}: {n} de {places} lugares sin ninguno a menos de {miles} millas',
    nothing: '{row}, {column}: no hay ningún recurso así',
  },
  honest: {
    basis:
      'Estas cifras se basan en {n} recursos publicados, al {date}. {stale} de ellos no se verificaron en los últimos {days} días, así que algunos datos pueden haber cambiado.',
    places:
      'Los lugares son los códigos postales y las ciudades de la región, cada uno en su centro; una vivienda privada cuenta en el centro de su zona.',
  },
  printTitle: 'Brechas de apoyo para la recuperación en {region}',
  finderLink: '¿Dónde falta esto? Una vista para planificadores',
  listingLink: '¿Planifica? Vea dónde falta {category} en la comunidad',
};
