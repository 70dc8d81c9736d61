window.LIBRO_BUSQUEDA.recibir("t-vi",{"vision":[2,[2,1,4,2,3,2,5,2,8,1]]});
