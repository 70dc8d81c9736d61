window.LIBRO_BUSQUEDA.recibir("t-os",{"osc":[2,[1,1,2,1,2,1,3,1]]});
