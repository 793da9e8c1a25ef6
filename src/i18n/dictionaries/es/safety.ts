import type { Dictionary } from '../../dictionary.ts';

export const safety: Dictionary['safety'] = {
  title: 'Navegar con seguridad',
  description:
    'Qué hace y qué no hace el botón «Salir de este sitio», y cómo mantener en privado una búsqueda en un teléfono o una computadora que otra persona revisa.',
  lede: 'Si otra persona podría mirar este teléfono o esta computadora, estos pasos ayudan a mantener en privado lo que usted consulta aquí.',
  buttonHeading: 'El botón «Salir de este sitio»',
  buttonIntro: 'Está arriba en cada página y sigue a su alcance cuando usted se desplaza.',
  buttonDoes: {
    blank: 'Deja la pantalla en blanco al instante.',
    neutral: 'Abre una página neutral en lugar de esta: {host}.',
    history: 'Quita la página en la que estaba del botón Atrás: al pulsar Atrás, no vuelve a aparecer.',
    clears:
      'Borra lo que este sitio guardó en este dispositivo: su lista, un chequeo que decidió guardar y las páginas guardadas para usarlas sin señal.',
  },
  shortcut:
    'Con un teclado, pulse la tecla **Mayús (Shift)** tres veces seguidas. No funciona mientras escribe en un campo, así que no se activa por error.',
  offHeading: 'En este sitio el botón está desactivado',
  offText: 'Las personas que administran este sitio desactivaron el botón. Los pasos de abajo siguen sirviendo.',
  cannotHeading: 'Lo que no puede hacer',
  cannot: {
    history: 'No puede borrar el historial de su navegador. Otras páginas de este sitio que abrió antes siguen en él.',
    tabs: 'No cierra otras pestañas o ventanas que muestran este sitio.',
    network:
      'No puede ocultar su visita a quien administra la red que usa, como un empleador, una escuela o un wifi compartido.',
  },
  saferHeading: 'Formas más seguras de buscar',
  safer: {
    private:
      '**Use una ventana privada.** Las ventanas privadas no guardan historial cuando las cierra. En Chrome, abra el menú y elija «Nueva pestaña de incógnito»; en Samsung Internet, active el «Modo secreto»; en un iPhone, en Safari, toque el botón de pestañas y luego «Privada»; en Firefox, elija «Nueva ventana privada».',
    clear:
      '**Borre el historial después.** En la configuración del navegador, busque «Borrar datos de navegación» o «Borrar historial». La mayoría de los navegadores permiten borrar solo la última hora.',
    device:
      '**Use un dispositivo que nadie más revise,** como una computadora de una biblioteca pública o de un centro comunitario de recuperación, o el teléfono de una amistad de confianza.',
    paper:
      '**Tenga en papel lo que necesita.** Imprima su lista o anótela y guárdela en un lugar seguro; así no tiene que quedar nada en el teléfono.',
  },
  keepsHeading: 'Lo que guarda este sitio',
  keeps: {
    nothing:
      'Sin cuentas, sin cookies y sin rastreadores. Lo que usted escribe y el lugar donde está nunca salen de su dispositivo.',
    list: 'Su lista, y un chequeo si decide guardarlo, se guardan solo en este dispositivo, hasta que usted los borre o use el botón.',
    offline:
      'Después de una primera visita, algunas páginas se guardan en este dispositivo para que abran sin señal. El botón también las borra.',
  },
  hurtHeading: 'Si alguien le está haciendo daño',
  hurt: 'La Línea Nacional sobre la Violencia Doméstica es gratuita y confidencial, de día y de noche, y atiende en español: [llame al 1-800-799-7233](call) o [envíe START al 88788](text).',
  emergency: 'En una emergencia, llame al 911.',
};
