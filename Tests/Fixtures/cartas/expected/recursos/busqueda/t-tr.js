window.LIBRO_BUSQUEDA.recibir("t-tr",{"trabaj":[2,[2,1,4,1,4,1,11,1]]});
