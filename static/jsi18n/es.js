
'use strict';
{
  const globals = this;
  const django = globals.django || (globals.django = {});

  
  django.pluralidx = function(n) {
    const v = n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;
    if (typeof v === 'boolean') {
      return v ? 1 : 0;
    } else {
      return v;
    }
  };
  

  /* gettext library */

  django.catalog = django.catalog || {};
  
  const newcatalog = {
    "%(count)s test drawing": [
      "%(count)s dibujo de prueba",
      "%(count)s dibujos de prueba",
      "%(count)s dibujos de prueba"
    ],
    "%(count)s training drawing": [
      "%(count)s dibujo de entrenamiento",
      "%(count)s dibujos de entrenamiento",
      "%(count)s dibujos de entrenamiento"
    ],
    "%(label)s is often taken for %(other)s.": "A menudo confunde %(label)s con %(other)s.",
    "+%(count)s test": [
      "+%(count)s de prueba",
      "+%(count)s de prueba",
      "+%(count)s de prueba"
    ],
    "Added label %(label)s.": "Etiqueta %(label)s a\u00f1adida.",
    "Another quiz": "Otro reto",
    "Choose a samples.txt first.": "Primero elige un samples.txt.",
    "Copied to the clipboard.": "Copiado al portapapeles.",
    "Could not reach the server. Check your connection and try again.": "No se pudo conectar con el servidor. Revisa tu conexi\u00f3n e int\u00e9ntalo de nuevo.",
    "Couldn't copy here: the token is selected, press Ctrl+C (\u2318C on a Mac).": "No se pudo copiar aqu\u00ed: el token est\u00e1 seleccionado, pulsa Ctrl+C (\u2318C en un Mac).",
    "Delete all %(count)s %(label)s drawing? This can't be undone.": [
      "\u00bfBorrar %(count)s dibujo de %(label)s? No se puede deshacer.",
      "\u00bfBorrar los %(count)s dibujos de %(label)s? No se puede deshacer.",
      "\u00bfBorrar los %(count)s dibujos de %(label)s? No se puede deshacer."
    ],
    "Delete all your samples? This can't be undone.": "\u00bfBorrar todas tus muestras? No se puede deshacer.",
    "Deleted %(count)s drawing of %(label)s.": [
      "%(count)s dibujo de %(label)s borrado.",
      "%(count)s dibujos de %(label)s borrados.",
      "%(count)s dibujos de %(label)s borrados."
    ],
    "Deleted %(count)s sample.": [
      "%(count)s muestra borrada.",
      "%(count)s muestras borradas.",
      "%(count)s muestras borradas."
    ],
    "Deleted the drawing; the model retrains without it.": "Dibujo borrado; el modelo se reentrena sin \u00e9l.",
    "Discarded the quiz drawing.": "Dibujo del reto descartado.",
    "Draw %(label)s": "Dibuja %(label)s",
    "Draw more %(label)s.": "Dibuja m\u00e1s %(label)s.",
    "Draw something": "Dibuja algo",
    "Drawing %(round)s of %(rounds)s. Press \u201cDone\u201d when it is finished.": "Dibujo %(round)s de %(rounds)s. Pulsa \u201cListo\u201d cuando lo termines.",
    "Drawing deleted.": "Dibujo borrado.",
    "Guessed right %(percent)s of the time (%(folds)s-fold cross-validation).": "Acert\u00f3 el %(percent)s de las veces (validaci\u00f3n cruzada de %(folds)s partes).",
    "Imported %(count)s drawing (%(labels)s).": [
      "%(count)s dibujo importado (%(labels)s).",
      "%(count)s dibujos importados (%(labels)s).",
      "%(count)s dibujos importados (%(labels)s)."
    ],
    "Importing\u2026": "Importando\u2026",
    "It could not guess it: wrong.": "No pudo adivinarlo: fallo.",
    "It guessed %(guess)s: right!": "Adivin\u00f3 %(guess)s: \u00a1acierto!",
    "It guessed %(guess)s: wrong.": "Adivin\u00f3 %(guess)s: fallo.",
    "Keep for testing": "Guardar para pruebas",
    "Keep this %(label)s drawing for testing": "Guardar este dibujo de %(label)s para pruebas",
    "Kept as a %(label)s test drawing: %(count)s test drawing.": [
      "Guardado como dibujo de prueba de %(label)s: %(count)s dibujo de prueba.",
      "Guardado como dibujo de prueba de %(label)s: %(count)s dibujos de prueba.",
      "Guardado como dibujo de prueba de %(label)s: %(count)s dibujos de prueba."
    ],
    "Kept the %(label)s drawing for testing: the model won't learn from it.": "Dibujo de %(label)s guardado para pruebas: el modelo no aprender\u00e1 de \u00e9l.",
    "Kept the drawing.": "Dibujo conservado.",
    "Line %(line)s: %(error)s": "L\u00ednea %(line)s: %(error)s",
    "Moved %(label)s down.": "%(label)s bajado.",
    "Moved %(label)s up.": "%(label)s subido.",
    "Moved the drawing to %(label)s.": "Dibujo movido a %(label)s.",
    "Moved the drawing to %(label)s; the model retrains on it.": "Dibujo movido a %(label)s; el modelo se reentrena con \u00e9l.",
    "No guess yet.": "A\u00fan no adivina nada.",
    "No labels yet: add one under Training Data.": "A\u00fan no hay etiquetas: a\u00f1ade una en Datos de entrenamiento.",
    "No labels.": "No hay etiquetas.",
    "No model yet": "A\u00fan no hay modelo",
    "Not sure: maybe %(guess)s?": "No est\u00e1 seguro: \u00bfquiz\u00e1 %(guess)s?",
    "On %(count)s drawing it has never seen: %(percent)s right.": [
      "Con %(count)s dibujo que nunca ha visto: %(percent)s de aciertos.",
      "Con %(count)s dibujos que nunca ha visto: %(percent)s de aciertos.",
      "Con %(count)s dibujos que nunca ha visto: %(percent)s de aciertos."
    ],
    "Quiz over: your model got %(right)s of %(round)s right.": "Fin del reto: tu modelo acert\u00f3 %(right)s de %(round)s.",
    "Quiz stopped. The drawings you finished are kept as test drawings.": "Reto parado. Los dibujos que terminaste se guardan como dibujos de prueba.",
    "Remove %(label)s and its %(count)s drawing?": [
      "\u00bfQuitar %(label)s y su %(count)s dibujo?",
      "\u00bfQuitar %(label)s y sus %(count)s dibujos?",
      "\u00bfQuitar %(label)s y sus %(count)s dibujos?"
    ],
    "Remove %(label)s and its %(count)s sample?": [
      "\u00bfQuitar %(label)s y su %(count)s muestra?",
      "\u00bfQuitar %(label)s y sus %(count)s muestras?",
      "\u00bfQuitar %(label)s y sus %(count)s muestras?"
    ],
    "Remove label": "Quitar etiqueta",
    "Remove label %(label)s": "Quitar la etiqueta %(label)s",
    "Removed label %(label)s.": "Etiqueta %(label)s quitada.",
    "Saved as %(label)s: %(count)s sample.": [
      "Guardado como %(label)s: %(count)s muestra.",
      "Guardado como %(label)s: %(count)s muestras.",
      "Guardado como %(label)s: %(count)s muestras."
    ],
    "Score: %(right)s of %(round)s": "Aciertos: %(right)s de %(round)s",
    "Submit %(label)s": "Enviar %(label)s",
    "Submit as %(label)s": "Enviar como %(label)s",
    "The canvas is empty: draw %(label)s first.": "El lienzo est\u00e1 vac\u00edo: primero dibuja %(label)s.",
    "The canvas is empty: draw something first, then submit it.": "El lienzo est\u00e1 vac\u00edo: primero dibuja algo y luego env\u00edalo.",
    "The drawing was not deleted: %(why)s": "El dibujo no se borr\u00f3: %(why)s",
    "The model now learns from the %(label)s drawing.": "Ahora el modelo aprende del dibujo de %(label)s.",
    "The server answered %(status)s %(reason)s.": "El servidor respondi\u00f3 %(status)s %(reason)s.",
    "The server answered %(status)s.": "El servidor respondi\u00f3 %(status)s.",
    "Train at least two labels first: the quiz asks for them.": "Primero entrena al menos dos etiquetas: el reto te las pide.",
    "Train on it": "Entrenar con \u00e9l",
    "Train on this %(label)s drawing": "Entrenar con este dibujo de %(label)s",
    "Trained on %(count)s sample": [
      "Entrenado con %(count)s muestra",
      "Entrenado con %(count)s muestras",
      "Entrenado con %(count)s muestras"
    ],
    "Trained on %(count)s sample at %(time)s": [
      "Entrenado con %(count)s muestra a las %(time)s",
      "Entrenado con %(count)s muestras a las %(time)s",
      "Entrenado con %(count)s muestras a las %(time)s"
    ],
    "Type an emoji or a short word.": "Escribe un emoji o una palabra corta.",
    "Waiting for training": "Esperando el entrenamiento",
    "drawings kept for testing\u0004test": "prueba",
    "your %(label)s drawing, open it in your samples": "tu dibujo de %(label)s, \u00e1brelo en tus muestras",
    "\u2026 and %(count)s more bad line.": [
      "\u2026 y %(count)s l\u00ednea incorrecta m\u00e1s.",
      "\u2026 y %(count)s l\u00edneas incorrectas m\u00e1s.",
      "\u2026 y %(count)s l\u00edneas incorrectas m\u00e1s."
    ]
  };
  for (const key in newcatalog) {
    django.catalog[key] = newcatalog[key];
  }
  

  if (!django.jsi18n_initialized) {
    django.gettext = function(msgid) {
      const value = django.catalog[msgid];
      if (typeof value === 'undefined') {
        return msgid;
      } else {
        return (typeof value === 'string') ? value : value[0];
      }
    };

    django.ngettext = function(singular, plural, count) {
      const value = django.catalog[singular];
      if (typeof value === 'undefined') {
        return (count == 1) ? singular : plural;
      } else {
        return value.constructor === Array ? value[django.pluralidx(count)] : value;
      }
    };

    django.gettext_noop = function(msgid) { return msgid; };

    django.pgettext = function(context, msgid) {
      let value = django.gettext(context + '\x04' + msgid);
      if (value.includes('\x04')) {
        value = msgid;
      }
      return value;
    };

    django.npgettext = function(context, singular, plural, count) {
      let value = django.ngettext(context + '\x04' + singular, context + '\x04' + plural, count);
      if (value.includes('\x04')) {
        value = django.ngettext(singular, plural, count);
      }
      return value;
    };

    django.interpolate = function(fmt, obj, named) {
      if (named) {
        return fmt.replace(/%\(\w+\)s/g, function(match){return String(obj[match.slice(2,-2)])});
      } else {
        return fmt.replace(/%s/g, function(match){return String(obj.shift())});
      }
    };


    /* formatting library */

    django.formats = {
    "DATETIME_FORMAT": "j \\d\\e F \\d\\e Y \\a \\l\\a\\s H:i",
    "DATETIME_INPUT_FORMATS": [
      "%d/%m/%Y %H:%M:%S",
      "%d/%m/%Y %H:%M:%S.%f",
      "%d/%m/%Y %H:%M",
      "%d/%m/%y %H:%M:%S",
      "%d/%m/%y %H:%M:%S.%f",
      "%d/%m/%y %H:%M",
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "j \\d\\e F \\d\\e Y",
    "DATE_INPUT_FORMATS": [
      "%d/%m/%Y",
      "%d/%m/%y",
      "%Y-%m-%d"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 1,
    "MONTH_DAY_FORMAT": "j \\d\\e F",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "d/m/Y H:i",
    "SHORT_DATE_FORMAT": "d/m/Y",
    "THOUSAND_SEPARATOR": "\u00a0",
    "TIME_FORMAT": "H:i",
    "TIME_INPUT_FORMATS": [
      "%H:%M:%S",
      "%H:%M:%S.%f",
      "%H:%M"
    ],
    "YEAR_MONTH_FORMAT": "F \\d\\e Y"
  };

    django.get_format = function(format_type) {
      const value = django.formats[format_type];
      if (typeof value === 'undefined') {
        return format_type;
      } else {
        return value;
      }
    };

    /* add to global namespace */
    globals.pluralidx = django.pluralidx;
    globals.gettext = django.gettext;
    globals.ngettext = django.ngettext;
    globals.gettext_noop = django.gettext_noop;
    globals.pgettext = django.pgettext;
    globals.npgettext = django.npgettext;
    globals.interpolate = django.interpolate;
    globals.get_format = django.get_format;

    django.jsi18n_initialized = true;
  }
};

