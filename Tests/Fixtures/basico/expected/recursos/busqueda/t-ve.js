window.LIBRO_BUSQUEDA.recibir("t-ve",{"ver":[2,[2,1,2,1,1,1,2,1]]});
