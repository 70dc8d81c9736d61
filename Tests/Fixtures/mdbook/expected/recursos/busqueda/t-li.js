window.LIBRO_BUSQUEDA.recibir("t-li",{"libr":[2,[0,1,0,1,1,1,1,1]]});
