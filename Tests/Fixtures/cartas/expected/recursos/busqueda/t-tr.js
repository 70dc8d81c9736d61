window.LIBRO_BUSQUEDA.recibir("t-tr",{"trabaj":[2,[2,1,4,1,2,1,7,1]]});
