import type { Dictionary } from '../../dictionary.ts';

export const frame: Dictionary['frame'] = {
  skipLink: 'Saltar al contenido',
  navLabel: 'Principal',
  nav: {
    home: 'Inicio',
    find: 'Buscar',
    map: 'Mapa',
    meetings: 'Reuniones',
    checkIn: 'Chequeo',
    browse: 'Explorar',
    about: 'Acerca de',
    contribute: 'Ayude a mantenerlo al día',
  },
  myList: 'Mi lista',
  helpNowLabel: 'Ayuda inmediata',
  helpNowLead: '¿Necesita ayuda ahora?',
  call: 'Llame al {phone}',
  text: 'Envíe un mensaje al {phone}',
  allHelpLines: 'Todas las líneas de ayuda',
  helpHeading: '¿Necesita ayuda en este momento?',
  or: 'o',
  emergency: 'En una emergencia, llame al 911.',
  demo: 'Datos de muestra: todos los recursos de este sitio son inventados para la demostración.',
  privacy: 'Este sitio no usa cookies, rastreadores ni cuentas; lo que usted busca se queda en su dispositivo.',
  aboutLink: 'Acerca de este sitio',
  contributeLink: 'Agregar o actualizar un recurso',
  quickExit: {
    label: 'Salir de este sitio',
    description:
      'Deja esta página en blanco al instante, borra lo que este sitio guardó en este dispositivo y abre una página neutral. Atajo: pulse la tecla Mayús (Shift) tres veces.',
  },
  safetyLink: 'Navegar con seguridad',
  languageSwitch: 'Idioma',
  thisPageIn: 'Español',
};
