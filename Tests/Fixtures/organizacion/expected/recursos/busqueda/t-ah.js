window.LIBRO_BUSQUEDA.recibir("t-ah",{"ahi":[2,[44,1,88,1,45,1,90,1]]});
