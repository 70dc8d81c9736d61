window.LIBRO_BUSQUEDA.recibir("t-ne",{"networking":[1,[4,1,5,1]]});
