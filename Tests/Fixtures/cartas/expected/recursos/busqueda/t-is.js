window.LIBRO_BUSQUEDA.recibir("t-is",{"is":[1,[1,1,3,1]]});
