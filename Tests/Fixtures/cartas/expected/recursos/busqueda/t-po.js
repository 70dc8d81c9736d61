window.LIBRO_BUSQUEDA.recibir("t-po",{"potencial":[2,[2,1,4,1,4,2,11,1,12,5]]});
