window.LIBRO_BUSQUEDA.recibir("t-5r",{"5r":[2,[6,1,7,5,7,1,8,1]]});
