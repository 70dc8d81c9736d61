window.LIBRO_BUSQUEDA.recibir("t-17",{"17":[2,[44,1,89,2,50,1,98,2]]});
