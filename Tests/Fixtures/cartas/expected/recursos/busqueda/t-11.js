window.LIBRO_BUSQUEDA.recibir("t-11",{"11":[2,[2,1,4,6,4,5,11,6,14,1,15,2,17,2,18,1]]});
