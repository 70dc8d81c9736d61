window.LIBRO_BUSQUEDA.recibir("t-pl",{"plaz":[1,[2,1,2,1]]});
