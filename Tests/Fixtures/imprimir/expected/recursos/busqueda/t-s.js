window.LIBRO_BUSQUEDA.recibir("t-s",{"s":[1,[4,1,5,1]]});
