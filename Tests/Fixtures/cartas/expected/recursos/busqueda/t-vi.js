window.LIBRO_BUSQUEDA.recibir("t-vi",{"vision":[2,[2,1,4,2,1,2,1,2,3,1]]});
