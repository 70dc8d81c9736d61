window.LIBRO_BUSQUEDA.recibir("t-11",{"11":[2,[2,1,4,6,2,5,7,6,3,1,1,2,2,2,1,1]]});
