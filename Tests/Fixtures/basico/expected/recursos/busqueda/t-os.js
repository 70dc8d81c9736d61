window.LIBRO_BUSQUEDA.recibir("t-os",{"osc":[2,[7,1,8,1,1,1,2,1]]});
