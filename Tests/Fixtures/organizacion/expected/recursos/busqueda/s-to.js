window.LIBRO_BUSQUEDA.recibir("s-to",["dato","voto"]);
