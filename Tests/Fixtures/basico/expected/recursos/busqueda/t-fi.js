window.LIBRO_BUSQUEDA.recibir("t-fi",{"fin":[1,[8,1,10,1]]});
