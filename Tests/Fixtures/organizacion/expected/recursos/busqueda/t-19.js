window.LIBRO_BUSQUEDA.recibir("t-19",{"19":[2,[44,1,89,5,6,1,9,5]]});
