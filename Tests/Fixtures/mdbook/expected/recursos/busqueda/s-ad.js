window.LIBRO_BUSQUEDA.recibir("s-ad",["profundidad","rociad"]);
