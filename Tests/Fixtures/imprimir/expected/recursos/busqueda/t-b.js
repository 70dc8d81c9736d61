window.LIBRO_BUSQUEDA.recibir("t-b",{"b":[1,[4,1,5,1]]});
