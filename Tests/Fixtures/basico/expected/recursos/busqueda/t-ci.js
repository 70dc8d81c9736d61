window.LIBRO_BUSQUEDA.recibir("t-ci",{"civil":[1,[8,1,10,5]]});
