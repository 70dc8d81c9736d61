window.LIBRO_BUSQUEDA.recibir("t-is",{"is":[1,[4,1,5,1]]});
