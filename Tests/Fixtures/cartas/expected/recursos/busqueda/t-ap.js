window.LIBRO_BUSQUEDA.recibir("t-ap",{"aplicacion":[2,[2,1,4,2,2,3,7,2,3,5,4,5]]});
