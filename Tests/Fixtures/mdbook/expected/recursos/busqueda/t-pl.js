window.LIBRO_BUSQUEDA.recibir("t-pl",{"plag":[1,[6,1,7,11]]});
