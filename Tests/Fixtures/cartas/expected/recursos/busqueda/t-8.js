window.LIBRO_BUSQUEDA.recibir("t-8",{"8":[2,[2,1,4,2,1,1,1,2]]});
