window.LIBRO_BUSQUEDA.recibir("t-ap",{"aplicacion":[2,[2,1,4,2,4,3,11,2,14,5,18,5]]});
