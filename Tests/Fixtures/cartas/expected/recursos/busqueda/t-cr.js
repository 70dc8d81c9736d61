window.LIBRO_BUSQUEDA.recibir("t-cr",{"creacion":[2,[2,1,4,1,1,1,1,1]],"criteri":[2,[2,1,4,2,2,2,7,2,3,1]]});
