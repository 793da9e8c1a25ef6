import type { Dictionary } from '../../dictionary.ts';

export const offline: Dictionary['offline'] = {
  title: 'Sin conexión',
  description: 'Lo que este sitio puede mostrar sin conexión.',
  heading: 'Está sin conexión',
  notSaved:
    'Esta página todavía no se ha guardado en este dispositivo, así que no puede abrirse sin conexión. Estas páginas sí:',
  savedHeading: 'Recursos guardados en este dispositivo',
  savedNone:
    'Todavía no hay páginas de recursos guardadas. Un recurso que abra con conexión se guarda para la próxima vez.',
  tryAgain: 'Intentar de nuevo',
  note: 'Está sin conexión. Esta es la copia que se guardó el {date} en este dispositivo.',
  noteUndated: 'Está sin conexión. Esta es la copia guardada en este dispositivo.',
  keep: {
    heading: 'Usar esta lista sin señal',
    intro: 'Guarde en este dispositivo las páginas de los recursos de esta lista, para que abran sin conexión.',
    button: 'Guardar para usar sin conexión',
    saving: 'Guardando…',
    saved: {
      one: 'Se guardó {n} página de recurso en este dispositivo el {date}.',
      other: 'Se guardaron {n} páginas de recursos en este dispositivo el {date}.',
    },
    failed: 'No se pudieron guardar las páginas. Inténtelo de nuevo cuando tenga conexión.',
    unavailable:
      'Este navegador no puede guardar páginas para usarlas sin conexión, o la página se abrió sin conexión.',
  },
};
