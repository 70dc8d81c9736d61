window.LIBRO_BUSQUEDA.recibir("t-cr",{"creacion":[2,[2,1,4,1,3,1,5,1]],"criteri":[2,[2,1,4,2,4,2,11,2,14,1]]});
