window.LIBRO_BUSQUEDA.recibir("t-ht",{"https":[1,[4,1,5,1]]});
