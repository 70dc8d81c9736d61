window.LIBRO_BUSQUEDA.recibir("t-bu",{"business":[1,[1,1,3,1]]});
