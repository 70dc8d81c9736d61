window.LIBRO_BUSQUEDA.recibir("t-bu",{"business":[1,[4,1,5,1]]});
