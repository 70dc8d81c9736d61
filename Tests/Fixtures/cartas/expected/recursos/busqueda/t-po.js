window.LIBRO_BUSQUEDA.recibir("t-po",{"potencial":[2,[2,1,4,1,2,2,7,1,1,5]]});
