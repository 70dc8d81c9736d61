window.LIBRO_BUSQUEDA.recibir("t-ro",{"rociad":[1,[6,1,7,1]]});
