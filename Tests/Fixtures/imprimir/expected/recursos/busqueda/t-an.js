window.LIBRO_BUSQUEDA.recibir("t-an",{"anyway":[1,[4,1,5,1]]});
