window.LIBRO_BUSQUEDA.recibir("t-te",{"tema":[2,[2,1,4,2,2,3,7,2,2,5,4,5]]});
