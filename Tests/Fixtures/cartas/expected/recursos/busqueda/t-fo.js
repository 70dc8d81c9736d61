window.LIBRO_BUSQUEDA.recibir("t-fo",{"formar":[2,[2,1,4,1,4,1,11,1]]});
