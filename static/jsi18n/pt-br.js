// The page scripts' words in pt-br, from its djangojs.po: written by `manage.py
// compilejsi18n` (make catalogs) and read by static/i18n.js. Do not edit.
globalThis.catalog = {
  plural: (n) => Number((n > 1)),
  messages: {
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
 "Added label %(label)s.": "Rótulo %(label)s adicionado.",
 "Another quiz": "Outro desafio",
 "Choose a samples.txt first.": "Primeiro escolha um samples.txt.",
 "Copied to the clipboard.": "Copiado para a área de transferência.",
 "Could not reach the server. Check your connection and try again.": "Não foi possível falar com o servidor. Confira sua conexão e tente de novo.",
 "Couldn't copy here: the token is selected, press Ctrl+C (⌘C on a Mac).": "Não deu para copiar aqui: o token está selecionado, aperte Ctrl+C (⌘C no Mac).",
 "Delete all %(count)s %(label)s drawing? This can't be undone.": [
  "Apagar %(count)s desenho de %(label)s? Não dá para desfazer.",
  "Apagar todos os %(count)s desenhos de %(label)s? Não dá para desfazer."
 ],
 "Delete all your samples? This can't be undone.": "Apagar todas as suas amostras? Não dá para desfazer.",
 "Deleted %(count)s drawing of %(label)s.": [
  "%(count)s desenho de %(label)s apagado.",
  "%(count)s desenhos de %(label)s apagados."
 ],
 "Deleted %(count)s sample.": [
  "%(count)s amostra apagada.",
  "%(count)s amostras apagadas."
 ],
 "Deleted the drawing; the model retrains without it.": "Desenho apagado; o modelo é retreinado sem ele.",
 "Discarded the quiz drawing.": "Desenho do desafio descartado.",
 "Draw %(label)s": "Desenhe %(label)s",
 "Draw more %(label)s.": "Desenhe mais %(label)s.",
 "Draw something": "Desenhe algo",
 "Drawing %(round)s of %(rounds)s. Press “Done” when it is finished.": "Desenho %(round)s de %(rounds)s. Aperte “Pronto” quando terminar.",
 "Drawing deleted.": "Desenho apagado.",
 "Guessed right %(percent)s of the time (%(folds)s-fold cross-validation).": "Acertou %(percent)s das vezes (validação cruzada em %(folds)s partes).",
 "Imported %(count)s drawing (%(labels)s).": [
  "%(count)s desenho importado (%(labels)s).",
  "%(count)s desenhos importados (%(labels)s)."
 ],
 "Importing…": "Importando…",
 "It could not guess it: wrong.": "Ele não conseguiu adivinhar: errou.",
 "It guessed %(guess)s: right!": "Ele adivinhou %(guess)s: acertou!",
 "It guessed %(guess)s: wrong.": "Ele adivinhou %(guess)s: errou.",
 "Keep for testing": "Guardar para teste",
 "Keep this %(label)s drawing for testing": "Guardar este desenho de %(label)s para teste",
 "Kept as a %(label)s test drawing: %(count)s test drawing.": [
  "Guardado como desenho de teste de %(label)s: %(count)s desenho de teste.",
  "Guardado como desenho de teste de %(label)s: %(count)s desenhos de teste."
 ],
 "Kept the %(label)s drawing for testing: the model won't learn from it.": "Desenho de %(label)s guardado para teste: o modelo não vai aprender com ele.",
 "Kept the drawing.": "Desenho mantido.",
 "Line %(line)s: %(error)s": "Linha %(line)s: %(error)s",
 "Moved %(label)s down.": "%(label)s movido para baixo.",
 "Moved %(label)s up.": "%(label)s movido para cima.",
 "Moved the drawing to %(label)s.": "Desenho movido para %(label)s.",
 "Moved the drawing to %(label)s; the model retrains on it.": "Desenho movido para %(label)s; o modelo é retreinado com ele.",
 "No guess yet.": "Ainda não adivinhou nada.",
 "No labels yet: add one under Training Data.": "Ainda não há rótulos: adicione um em Dados de treino.",
 "No labels.": "Nenhum rótulo.",
 "No model yet": "Ainda não há modelo",
 "Not sure: maybe %(guess)s?": "Não tem certeza: talvez %(guess)s?",
 "On %(count)s drawing it has never seen: %(percent)s right.": [
  "Em %(count)s desenho que ele nunca viu: %(percent)s de acertos.",
  "Em %(count)s desenhos que ele nunca viu: %(percent)s de acertos."
 ],
 "Quiz over: your model got %(right)s of %(round)s right.": "Fim do desafio: seu modelo acertou %(right)s de %(round)s.",
 "Quiz stopped. The drawings you finished are kept as test drawings.": "Desafio parado. Os desenhos que você terminou ficam guardados como desenhos de teste.",
 "Remove %(label)s and its %(count)s drawing?": [
  "Remover %(label)s e o seu %(count)s desenho?",
  "Remover %(label)s e os seus %(count)s desenhos?"
 ],
 "Remove %(label)s and its %(count)s sample?": [
  "Remover %(label)s e a sua %(count)s amostra?",
  "Remover %(label)s e as suas %(count)s amostras?"
 ],
 "Remove label": "Remover rótulo",
 "Remove label %(label)s": "Remover o rótulo %(label)s",
 "Removed label %(label)s.": "Rótulo %(label)s removido.",
 "Saved as %(label)s: %(count)s sample.": [
  "Salvo como %(label)s: %(count)s amostra.",
  "Salvo como %(label)s: %(count)s amostras."
 ],
 "Score: %(right)s of %(round)s": "Acertos: %(right)s de %(round)s",
 "Submit %(label)s": "Enviar %(label)s",
 "Submit as %(label)s": "Enviar como %(label)s",
 "The canvas is empty: draw %(label)s first.": "A tela está vazia: primeiro desenhe %(label)s.",
 "The canvas is empty: draw something first, then submit it.": "A tela está vazia: primeiro desenhe algo e depois envie.",
 "The drawing was not deleted: %(why)s": "O desenho não foi apagado: %(why)s",
 "The model now learns from the %(label)s drawing.": "Agora o modelo aprende com o desenho de %(label)s.",
 "The server answered %(status)s %(reason)s.": "O servidor respondeu %(status)s %(reason)s.",
 "The server answered %(status)s.": "O servidor respondeu %(status)s.",
 "Train at least two labels first: the quiz asks for them.": "Primeiro treine pelo menos dois rótulos: o desafio pede por eles.",
 "Train on it": "Treinar com ele",
 "Train on this %(label)s drawing": "Treinar com este desenho de %(label)s",
 "Trained on %(count)s sample": [
  "Treinado com %(count)s amostra",
  "Treinado com %(count)s amostras"
 ],
 "Trained on %(count)s sample at %(time)s": [
  "Treinado com %(count)s amostra às %(time)s",
  "Treinado com %(count)s amostras às %(time)s"
 ],
 "Type an emoji or a short word.": "Digite um emoji ou uma palavra curta.",
 "Waiting for training": "Esperando o treino",
 "drawings kept for testing\u0004test": "teste",
 "your %(label)s drawing, open it in your samples": "seu desenho de %(label)s, abra nas suas amostras",
 "… and %(count)s more bad line.": [
  "… e mais %(count)s linha errada.",
  "… e mais %(count)s linhas erradas."
 ]
},
};
