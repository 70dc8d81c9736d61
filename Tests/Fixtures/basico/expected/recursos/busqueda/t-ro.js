window.LIBRO_BUSQUEDA.recibir("t-ro",{"rol":[1,[6,1,7,1]]});
