window.LIBRO_BUSQUEDA.recibir("t-th",{"the":[1,[4,1,5,1]]});
