
'use strict';
{
  const globals = this;
  const django = globals.django || (globals.django = {});

  
  django.pluralidx = function(n) {
    const v = (n > 1);
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
      "%(count)s desenho de teste",
      "%(count)s desenhos de teste"
    ],
    "%(count)s training drawing": [
      "%(count)s desenho de treino",
      "%(count)s desenhos de treino"
    ],
    "%(label)s is often taken for %(other)s.": "Muitas vezes confunde %(label)s com %(other)s.",
    "+%(count)s test": [
      "+%(count)s de teste",
      "+%(count)s de teste"
    ],
    "Added label %(label)s.": "R\u00f3tulo %(label)s adicionado.",
    "Another quiz": "Outro desafio",
    "Choose a samples.txt first.": "Primeiro escolha um samples.txt.",
    "Copied to the clipboard.": "Copiado para a \u00e1rea de transfer\u00eancia.",
    "Could not reach the server. Check your connection and try again.": "N\u00e3o foi poss\u00edvel falar com o servidor. Confira sua conex\u00e3o e tente de novo.",
    "Couldn't copy here: the token is selected, press Ctrl+C (\u2318C on a Mac).": "N\u00e3o deu para copiar aqui: o token est\u00e1 selecionado, aperte Ctrl+C (\u2318C no Mac).",
    "Delete all %(count)s %(label)s drawing? This can't be undone.": [
      "Apagar %(count)s desenho de %(label)s? N\u00e3o d\u00e1 para desfazer.",
      "Apagar todos os %(count)s desenhos de %(label)s? N\u00e3o d\u00e1 para desfazer."
    ],
    "Delete all your samples? This can't be undone.": "Apagar todas as suas amostras? N\u00e3o d\u00e1 para desfazer.",
    "Deleted %(count)s drawing of %(label)s.": [
      "%(count)s desenho de %(label)s apagado.",
      "%(count)s desenhos de %(label)s apagados."
    ],
    "Deleted %(count)s sample.": [
      "%(count)s amostra apagada.",
      "%(count)s amostras apagadas."
    ],
    "Deleted the drawing; the model retrains without it.": "Desenho apagado; o modelo \u00e9 retreinado sem ele.",
    "Discarded the quiz drawing.": "Desenho do desafio descartado.",
    "Draw %(label)s": "Desenhe %(label)s",
    "Draw more %(label)s.": "Desenhe mais %(label)s.",
    "Draw something": "Desenhe algo",
    "Drawing %(round)s of %(rounds)s. Press \u201cDone\u201d when it is finished.": "Desenho %(round)s de %(rounds)s. Aperte \u201cPronto\u201d quando terminar.",
    "Drawing deleted.": "Desenho apagado.",
    "Guessed right %(percent)s of the time (%(folds)s-fold cross-validation).": "Acertou %(percent)s das vezes (valida\u00e7\u00e3o cruzada em %(folds)s partes).",
    "Imported %(count)s drawing (%(labels)s).": [
      "%(count)s desenho importado (%(labels)s).",
      "%(count)s desenhos importados (%(labels)s)."
    ],
    "Importing\u2026": "Importando\u2026",
    "It could not guess it: wrong.": "Ele n\u00e3o conseguiu adivinhar: errou.",
    "It guessed %(guess)s: right!": "Ele adivinhou %(guess)s: acertou!",
    "It guessed %(guess)s: wrong.": "Ele adivinhou %(guess)s: errou.",
    "Keep for testing": "Guardar para teste",
    "Keep this %(label)s drawing for testing": "Guardar este desenho de %(label)s para teste",
    "Kept as a %(label)s test drawing: %(count)s test drawing.": [
      "Guardado como desenho de teste de %(label)s: %(count)s desenho de teste.",
      "Guardado como desenho de teste de %(label)s: %(count)s desenhos de teste."
    ],
    "Kept the %(label)s drawing for testing: the model won't learn from it.": "Desenho de %(label)s guardado para teste: o modelo n\u00e3o vai aprender com ele.",
    "Kept the drawing.": "Desenho mantido.",
    "Line %(line)s: %(error)s": "Linha %(line)s: %(error)s",
    "Moved %(label)s down.": "%(label)s movido para baixo.",
    "Moved %(label)s up.": "%(label)s movido para cima.",
    "Moved the drawing to %(label)s.": "Desenho movido para %(label)s.",
    "Moved the drawing to %(label)s; the model retrains on it.": "Desenho movido para %(label)s; o modelo \u00e9 retreinado com ele.",
    "No guess yet.": "Ainda n\u00e3o adivinhou nada.",
    "No labels yet: add one under Training Data.": "Ainda n\u00e3o h\u00e1 r\u00f3tulos: adicione um em Dados de treino.",
    "No labels.": "Nenhum r\u00f3tulo.",
    "No model yet": "Ainda n\u00e3o h\u00e1 modelo",
    "Not sure: maybe %(guess)s?": "N\u00e3o tem certeza: talvez %(guess)s?",
    "On %(count)s drawing it has never seen: %(percent)s right.": [
      "Em %(count)s desenho que ele nunca viu: %(percent)s de acertos.",
      "Em %(count)s desenhos que ele nunca viu: %(percent)s de acertos."
    ],
    "Quiz over: your model got %(right)s of %(round)s right.": "Fim do desafio: seu modelo acertou %(right)s de %(round)s.",
    "Quiz stopped. The drawings you finished are kept as test drawings.": "Desafio parado. Os desenhos que voc\u00ea terminou ficam guardados como desenhos de teste.",
    "Remove %(label)s and its %(count)s drawing?": [
      "Remover %(label)s e o seu %(count)s desenho?",
      "Remover %(label)s e os seus %(count)s desenhos?"
    ],
    "Remove %(label)s and its %(count)s sample?": [
      "Remover %(label)s e a sua %(count)s amostra?",
      "Remover %(label)s e as suas %(count)s amostras?"
    ],
    "Remove label": "Remover r\u00f3tulo",
    "Remove label %(label)s": "Remover o r\u00f3tulo %(label)s",
    "Removed label %(label)s.": "R\u00f3tulo %(label)s removido.",
    "Saved as %(label)s: %(count)s sample.": [
      "Salvo como %(label)s: %(count)s amostra.",
      "Salvo como %(label)s: %(count)s amostras."
    ],
    "Score: %(right)s of %(round)s": "Acertos: %(right)s de %(round)s",
    "Submit %(label)s": "Enviar %(label)s",
    "Submit as %(label)s": "Enviar como %(label)s",
    "The canvas is empty: draw %(label)s first.": "A tela est\u00e1 vazia: primeiro desenhe %(label)s.",
    "The canvas is empty: draw something first, then submit it.": "A tela est\u00e1 vazia: primeiro desenhe algo e depois envie.",
    "The drawing was not deleted: %(why)s": "O desenho n\u00e3o foi apagado: %(why)s",
    "The model now learns from the %(label)s drawing.": "Agora o modelo aprende com o desenho de %(label)s.",
    "The server answered %(status)s %(reason)s.": "O servidor respondeu %(status)s %(reason)s.",
    "The server answered %(status)s.": "O servidor respondeu %(status)s.",
    "Train at least two labels first: the quiz asks for them.": "Primeiro treine pelo menos dois r\u00f3tulos: o desafio pede por eles.",
    "Train on it": "Treinar com ele",
    "Train on this %(label)s drawing": "Treinar com este desenho de %(label)s",
    "Trained on %(count)s sample": [
      "Treinado com %(count)s amostra",
      "Treinado com %(count)s amostras"
    ],
    "Trained on %(count)s sample at %(time)s": [
      "Treinado com %(count)s amostra \u00e0s %(time)s",
      "Treinado com %(count)s amostras \u00e0s %(time)s"
    ],
    "Type an emoji or a short word.": "Digite um emoji ou uma palavra curta.",
    "Waiting for training": "Esperando o treino",
    "drawings kept for testing\u0004test": "teste",
    "your %(label)s drawing, open it in your samples": "seu desenho de %(label)s, abra nas suas amostras",
    "\u2026 and %(count)s more bad line.": [
      "\u2026 e mais %(count)s linha errada.",
      "\u2026 e mais %(count)s linhas erradas."
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
    "DATETIME_FORMAT": "j \\d\\e F \\d\\e Y \u00e0\\s H:i",
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
    "FIRST_DAY_OF_WEEK": 0,
    "MONTH_DAY_FORMAT": "j \\d\\e F",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "d/m/Y H:i",
    "SHORT_DATE_FORMAT": "d/m/Y",
    "THOUSAND_SEPARATOR": ".",
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

