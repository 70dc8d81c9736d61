window.LIBRO_BUSQUEDA.recibir("t-17",{"17":[2,[44,1,89,2,6,1,9,2]]});
