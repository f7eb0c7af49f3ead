// The page scripts' words in es, from its djangojs.po: written by `manage.py
// compilejsi18n` (make catalogs) and read by static/i18n.js. Do not edit.
globalThis.catalog = {
  plural: (n) => Number(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2),
  messages: {
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
 "Added label %(label)s.": "Etiqueta %(label)s añadida.",
 "Another quiz": "Otro reto",
 "Choose a samples.txt first.": "Primero elige un samples.txt.",
 "Copied to the clipboard.": "Copiado al portapapeles.",
 "Could not reach the server. Check your connection and try again.": "No se pudo conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.",
 "Couldn't copy here: the token is selected, press Ctrl+C (⌘C on a Mac).": "No se pudo copiar aquí: el token está seleccionado, pulsa Ctrl+C (⌘C en un Mac).",
 "Delete all %(count)s %(label)s drawing? This can't be undone.": [
  "¿Borrar %(count)s dibujo de %(label)s? No se puede deshacer.",
  "¿Borrar los %(count)s dibujos de %(label)s? No se puede deshacer.",
  "¿Borrar los %(count)s dibujos de %(label)s? No se puede deshacer."
 ],
 "Delete all your samples? This can't be undone.": "¿Borrar todas tus muestras? No se puede deshacer.",
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
 "Deleted the drawing; the model retrains without it.": "Dibujo borrado; el modelo se reentrena sin él.",
 "Discarded the quiz drawing.": "Dibujo del reto descartado.",
 "Draw %(label)s": "Dibuja %(label)s",
 "Draw more %(label)s.": "Dibuja más %(label)s.",
 "Draw something": "Dibuja algo",
 "Drawing %(round)s of %(rounds)s. Press “Done” when it is finished.": "Dibujo %(round)s de %(rounds)s. Pulsa “Listo” cuando lo termines.",
 "Drawing deleted.": "Dibujo borrado.",
 "Guessed right %(percent)s of the time (%(folds)s-fold cross-validation).": "Acertó el %(percent)s de las veces (validación cruzada de %(folds)s partes).",
 "Imported %(count)s drawing (%(labels)s).": [
  "%(count)s dibujo importado (%(labels)s).",
  "%(count)s dibujos importados (%(labels)s).",
  "%(count)s dibujos importados (%(labels)s)."
 ],
 "Importing…": "Importando…",
 "It could not guess it: wrong.": "No pudo adivinarlo: fallo.",
 "It guessed %(guess)s: right!": "Adivinó %(guess)s: ¡acierto!",
 "It guessed %(guess)s: wrong.": "Adivinó %(guess)s: fallo.",
 "Keep for testing": "Guardar para pruebas",
 "Keep this %(label)s drawing for testing": "Guardar este dibujo de %(label)s para pruebas",
 "Kept as a %(label)s test drawing: %(count)s test drawing.": [
  "Guardado como dibujo de prueba de %(label)s: %(count)s dibujo de prueba.",
  "Guardado como dibujo de prueba de %(label)s: %(count)s dibujos de prueba.",
  "Guardado como dibujo de prueba de %(label)s: %(count)s dibujos de prueba."
 ],
 "Kept the %(label)s drawing for testing: the model won't learn from it.": "Dibujo de %(label)s guardado para pruebas: el modelo no aprenderá de él.",
 "Kept the drawing.": "Dibujo conservado.",
 "Line %(line)s: %(error)s": "Línea %(line)s: %(error)s",
 "Moved %(label)s down.": "%(label)s bajado.",
 "Moved %(label)s up.": "%(label)s subido.",
 "Moved the drawing to %(label)s.": "Dibujo movido a %(label)s.",
 "Moved the drawing to %(label)s; the model retrains on it.": "Dibujo movido a %(label)s; el modelo se reentrena con él.",
 "No guess yet.": "Aún no adivina nada.",
 "No labels yet: add one under Training Data.": "Aún no hay etiquetas: añade una en Datos de entrenamiento.",
 "No labels.": "No hay etiquetas.",
 "No model yet": "Aún no hay modelo",
 "Not sure: maybe %(guess)s?": "No está seguro: ¿quizá %(guess)s?",
 "On %(count)s drawing it has never seen: %(percent)s right.": [
  "Con %(count)s dibujo que nunca ha visto: %(percent)s de aciertos.",
  "Con %(count)s dibujos que nunca ha visto: %(percent)s de aciertos.",
  "Con %(count)s dibujos que nunca ha visto: %(percent)s de aciertos."
 ],
 "Quiz over: your model got %(right)s of %(round)s right.": "Fin del reto: tu modelo acertó %(right)s de %(round)s.",
 "Quiz stopped. The drawings you finished are kept as test drawings.": "Reto parado. Los dibujos que terminaste se guardan como dibujos de prueba.",
 "Remove %(label)s and its %(count)s drawing?": [
  "¿Quitar %(label)s y su %(count)s dibujo?",
  "¿Quitar %(label)s y sus %(count)s dibujos?",
  "¿Quitar %(label)s y sus %(count)s dibujos?"
 ],
 "Remove %(label)s and its %(count)s sample?": [
  "¿Quitar %(label)s y su %(count)s muestra?",
  "¿Quitar %(label)s y sus %(count)s muestras?",
  "¿Quitar %(label)s y sus %(count)s muestras?"
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
 "The canvas is empty: draw %(label)s first.": "El lienzo está vacío: primero dibuja %(label)s.",
 "The canvas is empty: draw something first, then submit it.": "El lienzo está vacío: primero dibuja algo y luego envíalo.",
 "The drawing was not deleted: %(why)s": "El dibujo no se borró: %(why)s",
 "The model now learns from the %(label)s drawing.": "Ahora el modelo aprende del dibujo de %(label)s.",
 "The server answered %(status)s %(reason)s.": "El servidor respondió %(status)s %(reason)s.",
 "The server answered %(status)s.": "El servidor respondió %(status)s.",
 "Train at least two labels first: the quiz asks for them.": "Primero entrena al menos dos etiquetas: el reto te las pide.",
 "Train on it": "Entrenar con él",
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
 "your %(label)s drawing, open it in your samples": "tu dibujo de %(label)s, ábrelo en tus muestras",
 "… and %(count)s more bad line.": [
  "… y %(count)s línea incorrecta más.",
  "… y %(count)s líneas incorrectas más.",
  "… y %(count)s líneas incorrectas más."
 ]
},
};
