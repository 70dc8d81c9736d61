window.LIBRO_BUSQUEDA.recibir("t-05",{"05":[1,[40,1,75,1]]});
