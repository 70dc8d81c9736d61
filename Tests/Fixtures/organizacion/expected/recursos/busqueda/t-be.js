window.LIBRO_BUSQUEDA.recibir("t-be",{"benefici":[1,[38,1,62,1]]});
