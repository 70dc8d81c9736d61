window.LIBRO_BUSQUEDA.recibir("t-te",{"tema":[2,[2,1,4,2,4,3,11,2,13,5,17,5]]});
