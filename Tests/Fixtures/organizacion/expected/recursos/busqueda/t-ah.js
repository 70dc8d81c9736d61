window.LIBRO_BUSQUEDA.recibir("t-ah",{"ahi":[2,[44,1,88,1,1,1,2,1]]});
