window.LIBRO_BUSQUEDA.recibir("s-en",["bien","hacen","imagen","imprimen","llen","orden","origen","pueden","salen","venden","viven","volumen"]);
