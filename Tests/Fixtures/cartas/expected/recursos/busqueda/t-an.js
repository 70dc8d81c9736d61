window.LIBRO_BUSQUEDA.recibir("t-an",{"anyway":[1,[1,1,3,1]]});
