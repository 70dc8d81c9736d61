window.LIBRO_BUSQUEDA.recibir("t-5r",{"5r":[2,[6,1,7,5,1,1,1,1]]});
