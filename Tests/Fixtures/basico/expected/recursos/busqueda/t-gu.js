window.LIBRO_BUSQUEDA.recibir("t-gu",{"guia":[2,[0,1,0,1,1,1,1,11]]});
