window.LIBRO_BUSQUEDA.recibir("t-ho",{"hoja":[1,[6,1,7,1]]});
